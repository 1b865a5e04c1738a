import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rotate, type Quat, type Vec3 } from '../../math/vec3.ts';
import { quatFromEulerDegrees, quatFromTo, rotationMatrix, upRow, yawQuat, yawQuatFromDirection } from './rotations.ts';

const close = (a: readonly number[], b: readonly number[], eps = 1e-12) => a.every((v, i) => Math.abs(v - b[i]) < eps);
const norm = (q: Quat) => Math.hypot(...q);

describe('rotations', () => {
  it('turns by Euler degrees about X, then Y, then Z', () => {
    assert.ok(close(rotate(quatFromEulerDegrees([0, 90, 0]), [0, 0, 1]), [1, 0, 0]));
    assert.ok(close(rotate(quatFromEulerDegrees([90, 0, 0]), [0, 1, 0]), [0, 0, 1]));
    assert.ok(close(rotate(quatFromEulerDegrees([0, 0, 90]), [1, 0, 0]), [0, 1, 0]));
    // X first, then Y: +Y → +Z (about X) → +X (about Y).
    assert.ok(close(rotate(quatFromEulerDegrees([90, 90, 0]), [0, 1, 0]), [1, 0, 0]));
  });

  it('faces the model front (+Z) along a horizontal direction', () => {
    for (const d of [[1, 0], [0, -1], [-1, 0], [0.6, 0.8], [0, 1]] as const) {
      const q = yawQuatFromDirection(d[0] * 3, d[1] * 3);
      assert.ok(Math.abs(norm(q) - 1) < 1e-15);
      assert.ok(close(rotate(q, [0, 0, 1]), [d[0], 0, d[1]]));
    }
    assert.deepEqual(yawQuatFromDirection(0, 0), [0, 0, 0, 1]);
  });

  it('takes one vector onto another, opposite ones included', () => {
    const cases: [Vec3, Vec3][] = [[[0, 1, 0], [1, 0, 0]], [[0, 1, 0], [0, -1, 0]], [[1, 0, 0], [-1, 0, 0]], [[0, 0, 1], [0.6, 0, -0.8]]];
    for (const [a, b] of cases) assert.ok(close(rotate(quatFromTo(a, b), a), b));
  });

  it('gives yaw and rotation matrices consistent with rotate()', () => {
    const q = quatFromEulerDegrees([20, -35, 60]);
    const m = rotationMatrix(q);
    for (const v of [[1, 0, 0], [0, 1, 0], [0, 0, 1]] as Vec3[]) {
      const r = rotate(q, v);
      const mv = [0, 1, 2].map((i) => m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2]);
      assert.ok(close(r, mv));
    }
    assert.ok(close(upRow(q), m[1]));
    assert.ok(close(rotate(yawQuat(Math.PI / 2), [0, 0, 1]), [1, 0, 0]));
  });
});
