import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Vec3 } from '../../math/vec3.ts';
import { fitDistance, lookFrame } from './fitDistance.ts';

test('the fitted distance puts the widest point exactly on the frame edge (less the margin)', () => {
  const fov = Math.PI / 3;
  const d = fitDistance([[2, 0, 0], [-2, 0, 0]], [0, 0, 0], [0, 0, -1], fov, fov, 0, 0.1);
  assert.ok(Math.abs(d - 2 / Math.tan(fov / 2)) < 1e-9);
  const withMargin = fitDistance([[2, 0, 0]], [0, 0, 0], [0, 0, -1], fov, fov, 0.2, 0.1);
  assert.ok(withMargin > d);
});

test('points nearer the camera need more distance than points farther away', () => {
  const fov = Math.PI / 3;
  const near = fitDistance([[1, 0, 1]], [0, 0, 0], [0, 0, -1], fov, fov, 0, 0.1);
  const far = fitDistance([[1, 0, -1]], [0, 0, 0], [0, 0, -1], fov, fov, 0, 0.1);
  assert.ok(near > far);
});

test('the look frame is right-handed with world up', () => {
  const f: Vec3 = [0, -0.6, -0.8];
  const { right, up } = lookFrame(f);
  assert.ok(Math.abs(right[1]) < 1e-12 && up[1] > 0);
  assert.ok(Math.abs(right[0] - 1) < 1e-9);
});
