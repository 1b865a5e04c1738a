/**
 * Mouth cues for lines as the speech synthesis times them, in several languages: every shape
 * change stays within one frame of a phoneme boundary (or a diphthong's split), and every
 * phoneme long enough to be seen shows its shape within a frame of its start.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEmptyPlan } from '../plan/createEmptyPlan.ts';
import { spokenLinesOf } from '../speech/speakPlan.ts';
import { mouthCuesOf, simultaneousMerged } from './mouthCuesOf.ts';
import { mouthShapeAt } from './mouthShapeAt.ts';
import { shapesOfPhoneme } from './shapeOfPhoneme.ts';

const LINES: [string, string][] = [
  ['en', 'Put the book back on the shelf, please.'],
  ['de', 'Guten Morgen, wie geht es dir?'],
  ['fr', 'Bonjour, comment allez-vous?'],
  ['es', '¿Dónde está la biblioteca?'],
];

test('synthesised lines in four languages: shape changes within one frame of their phonemes', () => {
  const plan = createEmptyPlan({ duration: 12 });
  plan.cast = [{ id: 'kim', kind: 'person', colour: '#3a86ff', material: 'fabric', size: 1, placement: { type: 'auto' } }];
  plan.speech = { language: 'en', lines: LINES.map(([language, text], i) => ({ speaker: 'kim', text, language, start: i * 3 })) };
  const spoken = spokenLinesOf(plan);
  assert.equal(spoken.length, 4);
  for (const fps of [24, 30]) {
    const frame = 1 / fps;
    for (const line of spoken) {
      assert.ok(line.phonemes.length > 8, line.text);
      const cues = mouthCuesOf(line);
      const boundaries = simultaneousMerged(line.phonemes).flatMap((p) => {
        const shapes = shapesOfPhoneme(p.phoneme, 'X');
        const split = shapes.length > 1 ? [p.start + (p.end - p.start) * shapes[0]!.share] : [];
        return [Number(p.start), ...split, Number(p.end)];
      });
      const near = (t: number): boolean => boundaries.some((b) => Math.abs(b - t) <= frame + 1e-9);
      for (const c of cues) assert.ok(near(c.start) && near(c.end), `${line.language}: ${c.shape} ${c.start.toFixed(3)}–${c.end.toFixed(3)} s`);
      for (const p of simultaneousMerged(line.phonemes)) {
        const shapes = shapesOfPhoneme(p.phoneme);
        const held = (p.end - p.start) * (shapes[0]?.share ?? 0);
        if (shapes.length === 0 || held < frame) continue;
        const expected = held >= 0.1 && shapes[0]!.long ? shapes[0]!.long : shapes[0]!.shape;
        const seen: string[] = [];
        for (let f = Math.ceil((p.start - frame) * fps - 1e-9); f <= Math.floor((p.start + frame) * fps + 1e-9); f++) seen.push(mouthShapeAt(cues, f / fps));
        assert.ok(seen.includes(expected), `${line.language} ${p.phoneme} at ${p.start.toFixed(3)} s at ${fps} fps: ${expected} not among ${seen.join('')}`);
      }
    }
  }
});
