import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STYLES } from './styleCatalogue.ts';
import { styleParamsOf } from './styleParamsOf.ts';

test('no look is cinematic; a look grade overrides only what it names', () => {
  assert.equal(styleParamsOf(undefined), STYLES.cinematic);
  const p = styleParamsOf({ style: 'vintage-film', grade: { grain: 0.2, tint: '#336699' } });
  assert.equal(p.grade.grain, 0.2);
  assert.deepEqual(p.grade.tint, { colour: '#336699', amount: STYLES['vintage-film'].grade.tint!.amount, mode: STYLES['vintage-film'].grade.tint!.mode });
  assert.equal(p.grade.vignette, STYLES['vintage-film'].grade.vignette);
  assert.equal(p.tape, STYLES['vintage-film'].tape);
  assert.equal(STYLES['vintage-film'].grade.grain, 0.07, 'the catalogue itself is not changed');
});

test('only papercraft and claymation are stop-motion, at 12 drawings a second', () => {
  for (const [id, s] of Object.entries(STYLES)) {
    assert.equal(s.drawingsPerSecond, id === 'papercraft' || id === 'claymation' ? 12 : undefined, id);
  }
});
