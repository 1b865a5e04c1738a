/** The labelled prompt sets: at least 98% of disallowed prompts blocked, at most 2% of benign prompts refused. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTextModerator } from '../text/createTextModerator.ts';
import { readTestSet, scoreTestSets } from './scoreTestSets.ts';

describe('labelled prompt sets', () => {
  it('have at least 200 prompts each, in English, German, French and Spanish, with obfuscations', () => {
    for (const name of ['disallowed', 'benign'] as const) {
      const set = readTestSet(name);
      assert.ok(set.length >= 200, `${name}: ${set.length} prompts`);
      for (const lang of ['en', 'de', 'fr', 'es']) {
        const n = set.filter((p) => p.lang === lang).length;
        assert.ok(n >= 40, `${name}: only ${n} prompts in ${lang}`);
      }
    }
    const disallowed = readTestSet('disallowed');
    for (const kind of ['leet', 'spacing', 'homoglyph', 'diacritics', 'fullwidth', 'asterisk']) {
      assert.ok(disallowed.some((p) => p.note?.startsWith(kind)), `an obfuscated prompt of kind ${kind}`);
    }
    const categories = new Set(disallowed.map((p) => p.category));
    assert.equal(categories.size, 9, 'every category is represented');
  });

  it('block at least 98% of disallowed prompts with at most 2% false positives', () => {
    const score = scoreTestSets(createTextModerator().moderate);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(`moderation: blocked ${pct(score.blockRate)} of ${score.disallowed} disallowed prompts; false positives ${pct(score.falsePositiveRate)} of ${score.benign} benign prompts`);
    for (const p of score.missed) console.log(`  missed (${p.lang}, ${p.category}): ${p.text}`);
    for (const f of score.falsePositives) console.log(`  false positive (${f.prompt.lang}, ${f.result.category}): ${f.prompt.text}`);
    assert.ok(score.blockRate >= 0.98, `block rate ${pct(score.blockRate)}`);
    assert.ok(score.falsePositiveRate <= 0.02, `false-positive rate ${pct(score.falsePositiveRate)}`);
  });
});
