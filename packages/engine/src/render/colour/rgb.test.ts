import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linearColour, linearToCss, parseColour } from './rgb.ts';

test('CSS colours parse in every form the models use', () => {
  assert.deepEqual(parseColour('#ff8000'), [1, 128 / 255, 0]);
  assert.deepEqual(parseColour('#f80'), [1, 136 / 255, 0]);
  assert.deepEqual(parseColour('rgb(255, 0, 51)'), [1, 0, 0.2]);
  assert.deepEqual(parseColour('nonsense'), [0.5, 0.5, 0.5]);
});

test('sRGB → linear → CSS round-trips mid colours to the same byte', () => {
  for (const hex of ['#d62828', '#2a7de1', '#808080', '#102030']) assert.equal(linearToCss(linearColour(hex)), hex);
});

test('over-bright light rolls off below white instead of clipping early', () => {
  const a = linearToCss([0.9, 0.9, 0.9]);
  const b = linearToCss([3, 3, 3]);
  assert.ok(parseColour(a)[0] < parseColour(b)[0]);
  assert.ok(parseColour(b)[0] > 0.95);
  assert.ok(parseColour(linearToCss([0.7, 0.7, 0.7]))[0] < parseColour(a)[0], 'still brighter for brighter light');
});
