import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rotate, type Vec3 } from '../../../math/vec3.ts';
import { fromAxes, rotX, rotY, then, yTowards } from './rotation.ts';

const close = (a: Vec3, b: Vec3) => assert.ok(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < 1e-9, `${a} vs ${b}`);

test('yTowards points the Y axis along a direction', () => {
  for (const d of [[1, 0, 0], [0, -1, 0], [0.3, 0.4, -0.5], [0, 1, 0]] as Vec3[]) {
    const l = Math.hypot(...d);
    close(rotate(yTowards(d), [0, 1, 0]), [d[0] / l, d[1] / l, d[2] / l]);
  }
});

test('fromAxes reproduces the basis it was given', () => {
  const q = fromAxes([0, -1, 0], [0, 0, -1], [1, 0, 0]);
  close(rotate(q, [1, 0, 0]), [0, -1, 0]);
  close(rotate(q, [0, 1, 0]), [0, 0, -1]);
  close(rotate(q, [0, 0, 1]), [1, 0, 0]);
});

test('then applies the first rotation first', () => {
  const q = then(rotX(Math.PI / 2), rotY(Math.PI / 2));
  // +Y → (rotX 90°) +Z → (rotY 90°) +X
  close(rotate(q, [0, 1, 0]), [1, 0, 0]);
});
