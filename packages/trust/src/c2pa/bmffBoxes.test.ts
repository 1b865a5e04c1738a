import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { scanBmff, scanBmffFile } from './bmffBoxes.ts';

function box(type: string, payload: number): Uint8Array {
  const b = new Uint8Array(8 + payload);
  new DataView(b.buffer).setUint32(0, 8 + payload);
  b.set([...type].map((c) => c.charCodeAt(0)), 4);
  return b;
}
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

test('a complete file lists its top-level boxes', () => {
  const r = scanBmff(concat(box('ftyp', 16), box('moov', 40), box('mdat', 100)));
  assert.equal(r.ok, true);
  assert.deepEqual(r.boxes.map((b) => [b.type, b.offset, b.size]), [['ftyp', 0, 24], ['moov', 24, 48], ['mdat', 72, 108]]);
});

test('a file cut inside a box is truncated', () => {
  const full = concat(box('ftyp', 16), box('moov', 40), box('mdat', 100));
  for (const cut of [30, 71, 73, 100, full.length - 1]) {
    const r = scanBmff(full.subarray(0, cut));
    assert.equal(r.ok, false, `cut at ${cut}`);
    assert.equal(!r.ok && r.reason, 'truncated', `cut at ${cut}`);
  }
});

test('text, images and empty input are not BMFF', () => {
  for (const bytes of [new TextEncoder().encode('hello, this is not a video at all'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), new Uint8Array(0)]) {
    const r = scanBmff(bytes);
    assert.equal(!r.ok && r.reason, 'not-bmff');
  }
});

test('scanning a file reads the same boxes as scanning its bytes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'klappe-bmff-'));
  try {
    const full = concat(box('ftyp', 16), box('uuid', 40), box('moov', 40), box('mdat', 100));
    for (const bytes of [full, full.subarray(0, 90), new TextEncoder().encode('plain text')]) {
      writeFileSync(join(dir, 'f'), bytes);
      assert.deepEqual(await scanBmffFile(join(dir, 'f')), scanBmff(bytes));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
