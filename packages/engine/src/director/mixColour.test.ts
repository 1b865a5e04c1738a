import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mixColour } from './mixColour.ts';

it('mixes a colour towards another', () => {
  assert.equal(mixColour('#d62828', '#000000', 0), '#d62828');
  assert.equal(mixColour('#d62828', '#000000', 1), '#000000');
  assert.equal(mixColour('#ff0000', '#ffffff', 0.5), '#ff8080');
  assert.equal(mixColour('#d62828', '#000000', 0.4), '#801818');
});
