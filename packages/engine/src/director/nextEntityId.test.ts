import { it } from 'node:test';
import assert from 'node:assert/strict';
import { idBase, nextEntityId } from './nextEntityId.ts';

it('names entities by kind, or by the noun of a prop, numbered after existing ids', () => {
  assert.equal(idBase('ball', 'football'), 'ball');
  assert.equal(idBase('prop', 'Coffee Mug'), 'coffee-mug');
  assert.equal(idBase('prop', 'crème brûlée'), 'creme-brulee');
  assert.equal(idBase('prop', '日本'), 'prop');
  assert.equal(idBase('prop', undefined), 'prop');
  assert.equal(nextEntityId('ball', new Set()), 'ball-1');
  assert.equal(nextEntityId('ball', new Set(['ball-1', 'ball-2', 'ball-4'])), 'ball-3');
});
