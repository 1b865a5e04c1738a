import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderEntityPreview } from './renderEntityPreview.ts';

test('a preview is the requested size and draws the model in the middle of the frame', () => {
  const img = renderEntityPreview('crate', { width: 160, height: 120, colour: '#ff0000' });
  assert.equal(img.width, 160);
  assert.equal(img.height, 120);
  assert.equal(img.rgba.length, 160 * 120 * 4);
  const i = (60 * 160 + 80) * 4;
  assert.ok(img.rgba[i]! > img.rgba[i + 1]! + 40, 'the centre pixel is the red crate, not the grey backdrop');
});

test('previews are deterministic', () => {
  const a = renderEntityPreview('ball', { width: 64, height: 64 });
  const b = renderEntityPreview('ball', { width: 64, height: 64 });
  assert.deepEqual(a.rgba, b.rgba);
});

test('an unknown kind is an error a model author can read', () => {
  assert.throws(() => renderEntityPreview('no-such-kind'), /unknown kind/);
});
