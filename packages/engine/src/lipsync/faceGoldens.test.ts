/**
 * Golden strips of talking faces: every mouth shape and a blink on a person, a robot, a dog
 * and an astronaut (whose sun visor lifts while speaking). Regenerate after an intended change
 * with UPDATE_GOLDEN=1 and look at them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectMatchesGolden } from '../testing/expectGolden.ts';
import { faceSheet, SHEET_FACES } from './testing/faceSheet.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Pixels that differ clearly between two portraits. */
function changed(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 60) n++;
  }
  return n;
}

for (const kind of ['person', 'robot', 'dog', 'astronaut']) {
  test(`${kind}: every mouth shape and a blink look like the golden strip`, () => {
    const sheet = faceSheet(kind);
    expectMatchesGolden(join(here, '__golden__', `faces-${kind}.png`), sheet.rgba, sheet.width, sheet.height);
    // Open shapes change the picture against the closed mouth; a wide mouth more than a slightly open one.
    const at = (name: string): Uint8Array => sheet.cells[SHEET_FACES.findIndex((f) => f.name === name)]!.rgba;
    const closed = at('A');
    assert.ok(changed(at('D'), closed) > 30, 'D differs from A');
    assert.ok(changed(at('D'), closed) > changed(at('B'), closed), 'D opens wider than B');
    assert.ok(changed(at('blink'), at('X')) > 10, 'the blink shows');
  });
}
