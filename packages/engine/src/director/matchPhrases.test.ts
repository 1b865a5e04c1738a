import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPhraseIndex } from './buildPhraseIndex.ts';
import { matchPhrases } from './matchPhrases.ts';
import { tokenizePrompt } from './tokenizePrompt.ts';

const chunks = (prompt: string) => matchPhrases(tokenizePrompt(prompt), buildPhraseIndex('en'));
const cats = (prompt: string) => chunks(prompt).map((c) => `${c.normal}:${[...new Set(c.senses.map((s) => s.cat))].join('+') || (c.number ? `#${c.number.value}` : '?')}`);

describe('tokenizePrompt', () => {
  it('reads numbers in words and digits, with glued units', () => {
    const t = tokenizePrompt('twenty-five balls, 3.5 m and 3m, a hundred cubes, 1,000 eggs');
    assert.deepEqual(t.filter((x) => x.number).map((x) => [x.normal, x.number!.value, x.number!.unit ?? '']), [
      ['twenty', 25, ''], ['3.5', 3.5, ''], ['3m', 3, 'm'], ['hundred', 100, ''], ['1000', 1000, ''],
    ]);
  });
  it('marks the ends of sentences and phrases', () => {
    const t = tokenizePrompt('a ball, a cat. A dog');
    assert.deepEqual(t.map((x) => x.breakAfter ?? ''), ['', 'comma', '', 'sentence', '', 'sentence']);
  });
});

describe('matchPhrases', () => {
  it('takes the longest phrase and keeps every sense of it', () => {
    assert.deepEqual(cats('a soccer ball in the living room, close-up'), ['a:stop', 'soccer ball:kind', 'in:relation+stop', 'the:definite+stop', 'living room:setting', 'close up:framing']);
    const waves = chunks('waves')[0]!;
    assert.deepEqual([...new Set(waves.senses.map((s) => s.cat))].sort(), ['action', 'setting', 'water']);
  });
  it('finds plurals and verb forms of lexicon phrases', () => {
    assert.deepEqual(cats('rubber duckies knocked over dominoes'), ['rubber duckies:kind', 'knocked over:action', 'dominoes:kind']);
    assert.deepEqual(cats('fell flew leapt swam'), ['fell:action', 'flew:action', 'leapt:action', 'swam:action']);
  });
  it('does not let a verb root pass for a noun, nor run a phrase across a comma', () => {
    assert.deepEqual(cats('car parked'), ['car:kind', 'parked:action']);
    assert.deepEqual(cats('in the park'), ['in:relation+stop', 'the:definite+stop', 'park:setting+action']);
    assert.deepEqual(cats('a soccer, ball'), ['a:stop', 'soccer:?', 'ball:kind']);
  });
  it('keeps numbers that a function word would otherwise swallow', () => {
    assert.deepEqual(cats('one ball'), ['one:#1', 'ball:kind']);
    assert.deepEqual(cats('360 orbit'), ['360:move', 'orbit:move+cameraVerb']);
  });
});
