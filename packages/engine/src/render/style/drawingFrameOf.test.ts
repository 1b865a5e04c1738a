import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawingFrameOf } from './drawingFrameOf.ts';

const distinctPerSecond = (fps: number): number => {
  const shown = new Set<number>();
  for (let f = 0; f < fps; f++) shown.add(drawingFrameOf(f, fps, 12));
  return shown.size;
};

test('stop-motion shows 12 drawings a second at 24 and at 30 fps', () => {
  assert.equal(distinctPerSecond(24), 12);
  assert.equal(distinctPerSecond(30), 12);
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((f) => drawingFrameOf(f, 24, 12)), [0, 0, 2, 2, 4, 4]);
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((f) => drawingFrameOf(f, 30, 12)), [0, 0, 0, 3, 3, 5, 5]);
});

test('a held drawing is never from the future and never more than one drawing old', () => {
  for (const fps of [24, 30]) {
    for (let f = 0; f < 300; f++) {
      const shown = drawingFrameOf(f, fps, 12);
      assert.ok(shown <= f && f - shown < fps / 12, `${fps} fps frame ${f} shows ${shown}`);
    }
  }
});

test('without a cadence every frame is drawn', () => {
  for (let f = 0; f < 40; f++) assert.equal(drawingFrameOf(f, 30, undefined), f);
});
