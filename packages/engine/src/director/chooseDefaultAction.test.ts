import { it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseDefaultAction, type DefaultActionContext } from './chooseDefaultAction.ts';
import { loadLexicon } from '../ontology/lexicon.ts';

const rules = loadLexicon().defaultActions.rules;
const base: DefaultActionContext = {
  kind: 'ball', category: 'ball', mobility: 'dynamic', weightless: false, inWater: false, indoor: true, isTarget: false, placed: false,
};
const choose = (ctx: Partial<DefaultActionContext>) => chooseDefaultAction({ ...base, ...ctx }, rules)?.then;

it('picks the first rule that fits the entity and the scene', () => {
  assert.equal(choose({}), 'bounce');
  assert.equal(choose({ weightless: true }), 'float');
  assert.equal(choose({ inWater: true }), 'buoyancy');
  assert.equal(choose({ kind: 'tree', category: 'plant', mobility: 'static' }), null);
  assert.equal(choose({ kind: 'bird', category: 'animal', mobility: 'character' }), 'fly');
  assert.equal(choose({ kind: 'dog', category: 'animal', mobility: 'character', indoor: false }), 'walk');
  assert.equal(choose({ kind: 'dog', category: 'animal', mobility: 'character', indoor: true }), 'idle');
  assert.equal(choose({ kind: 'person', category: 'character', mobility: 'character', inWater: true }), 'float');
  assert.equal(choose({ kind: 'crate', category: 'prop' }), 'fall');
  assert.equal(choose({ kind: 'crate', category: 'prop', isTarget: true }), null);
  assert.equal(choose({ kind: 'table', category: 'furniture' }), null);
  const domino = chooseDefaultAction({ ...base, kind: 'domino', category: 'prop' }, rules);
  assert.equal(domino?.then, 'topple');
  assert.equal(domino?.members, 'first');
});
