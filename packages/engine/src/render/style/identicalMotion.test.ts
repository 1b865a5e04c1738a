import assert from 'node:assert/strict';
import { test } from 'node:test';
import { directPlan } from '../../director/directPlan.ts';
import { STYLE_IDS } from '../../plan/lookSchema.ts';
import { parsePlan } from '../../plan/parsePlan.ts';
import { simulate } from '../../world/simulate.ts';
import { drawingFrameOf } from './drawingFrameOf.ts';
import { styleParamsOf } from './styleParamsOf.ts';

test('the same plan in every style has the same timeline: motion, camera, events and timing', async () => {
  const base = directPlan('a red ball and a wooden crate fall on a table', { width: 720, height: 1280, duration: 1.5, seed: 3 });
  const reference = await simulate(base);
  for (const style of STYLE_IDS) {
    const tl = await simulate(parsePlan({ ...base, look: { style } }));
    assert.equal(tl.frameCount, reference.frameCount, style);
    assert.deepEqual(tl.frames, reference.frames, `${style}: frames`);
    assert.deepEqual(tl.events, reference.events, `${style}: events`);
  }
});

test('stop-motion styles only choose which of those frames to show, never one from elsewhere in time', () => {
  for (const style of STYLE_IDS) {
    const dps = styleParamsOf({ style }).drawingsPerSecond;
    for (const fps of [24, 30]) {
      for (let f = 0; f < fps * 2; f++) {
        const shown = drawingFrameOf(f, fps, dps);
        assert.ok(shown <= f && f - shown < (dps ? fps / dps : 1), `${style} ${fps} fps: frame ${f} shows ${shown}`);
      }
    }
  }
});
