import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Vec3 } from '../../math/vec3.ts';
import { smoothFollow, springStep } from './smoothFollow.ts';

test('the spring settles on a still goal without overshooting (critically damped)', () => {
  let x = 0, v = 0;
  let max = 0;
  for (let i = 0; i < 300; i++) {
    [x, v] = springStep(x, v, 1, 0.3, 1 / 30);
    max = Math.max(max, x);
  }
  assert.ok(Math.abs(x - 1) < 1e-4);
  assert.ok(max <= 1 + 1e-9, `overshoot to ${max}`);
});

test('steady motion is followed without lag; a sudden stop is eased', () => {
  const track: Vec3[] = [];
  for (let f = 0; f < 90; f++) track.push([f < 60 ? f * 0.1 : 5.9, 0, 0]);
  const s = smoothFollow(track, 30);
  for (let f = 0; f < 55; f++) assert.ok(Math.abs(s[f]![0] - track[f]![0]) < 0.03, `lag at frame ${f}`);
  // After the stop the camera glides in rather than snapping.
  const steps = s.slice(58, 75).map((p, i, a) => (i ? Math.abs(p[0] - a[i - 1]![0]) : 0));
  assert.ok(steps.every((d) => d < 0.2));
  assert.ok(Math.abs(s[89]![0] - 5.9) < 0.05);
});
