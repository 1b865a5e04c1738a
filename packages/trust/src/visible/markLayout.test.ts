import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOLD_SECONDS, MOVE_SECONDS, markPosition, safeArea, seedOf, spotSequence } from './markLayout.ts';

const SIZES: [number, number][] = [[720, 1280], [1280, 720], [1080, 1080], [1080, 1920]];

test('the mark stays inside the safe area at every frame, for every size', () => {
  for (const [w, h] of SIZES) {
    const area = safeArea(w, h);
    const seq = spotSequence(seedOf(`video_${w}x${h}`), 8);
    for (let f = 0; f < 20 * 30; f++) {
      const p = markPosition(seq, f / 30, area, 200, 60);
      assert.ok(p.x >= area.x - 1e-9 && p.x + 200 <= area.x + area.width + 1e-9, `${w}x${h} frame ${f} x=${p.x}`);
      assert.ok(p.y >= area.y - 1e-9 && p.y + 60 <= area.y + area.height + 1e-9, `${w}x${h} frame ${f} y=${p.y}`);
    }
  }
});

test('9:16 keeps clear of the bottom caption band and the right-hand buttons', () => {
  const area = safeArea(720, 1280);
  assert.ok(area.y + area.height <= 1280 * 0.8 + 1);
  assert.ok(area.x + area.width <= 720 * 0.85 + 1);
  assert.ok(area.y >= 1280 * 0.08);
});

test('it holds, then glides smoothly to a different spot', () => {
  const area = safeArea(720, 1280);
  const seq = spotSequence(seedOf('video_abc'), 6);
  for (let k = 0; k + 1 < seq.length; k++) assert.notEqual(seq[k], seq[k + 1]);
  const a = markPosition(seq, 0.1, area, 200, 60);
  const b = markPosition(seq, HOLD_SECONDS - 0.01, area, 200, 60);
  assert.deepEqual(a, b, 'still during the hold');
  const c = markPosition(seq, HOLD_SECONDS + MOVE_SECONDS + 0.01, area, 200, 60);
  assert.notDeepEqual(a, c, 'somewhere else after the glide');
  let maxStep = 0;
  for (let f = 0; f < 10 * 30; f++) {
    const p = markPosition(seq, f / 30, area, 200, 60);
    const q = markPosition(seq, (f + 1) / 30, area, 200, 60);
    maxStep = Math.max(maxStep, Math.hypot(q.x - p.x, q.y - p.y));
  }
  assert.ok(maxStep > 0 && maxStep < Math.hypot(area.width, area.height) / 8, `largest step between frames ${maxStep.toFixed(1)} px`);
});

test('the order of spots is fixed by the video id and differs between videos', () => {
  assert.deepEqual(spotSequence(seedOf('video_1'), 10), spotSequence(seedOf('video_1'), 10));
  const distinct = new Set(['video_1', 'video_2', 'video_3', 'video_4', 'video_5'].map((id) => spotSequence(seedOf(id), 6).join()));
  assert.ok(distinct.size >= 3, `${distinct.size} distinct orders for 5 ids`);
});
