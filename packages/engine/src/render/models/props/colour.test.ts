import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accentOf, contrastInk, darken, lighten, luminance, mixColour, parseHex, toHex } from './colour.ts';

test('hex colours round-trip', () => {
  assert.deepEqual(parseHex('#ff8800'), [255, 136, 0]);
  assert.equal(toHex([255, 136, 0]), '#ff8800');
  assert.deepEqual(parseHex('nonsense'), [128, 128, 128]);
});

test('mixing, darkening and lightening move towards the other colour', () => {
  assert.equal(mixColour('#000000', '#ffffff', 0.5), '#808080');
  assert.equal(darken('#ff0000', 1), '#000000');
  assert.equal(lighten('#ff0000', 1), '#ffffff');
  assert.ok(luminance(darken('#3a86ff', 0.3)) < luminance('#3a86ff'));
  assert.ok(luminance(lighten('#3a86ff', 0.3)) > luminance('#3a86ff'));
});

test('contrasting inks and accents stay visible', () => {
  assert.equal(contrastInk('#fafafa'), '#1b1b1b');
  assert.equal(contrastInk('#111111'), '#f4f4f4');
  assert.ok(luminance(accentOf('#fafafa')) < luminance('#fafafa'));
  assert.ok(luminance(accentOf('#1d3557')) > luminance('#1d3557'));
});
