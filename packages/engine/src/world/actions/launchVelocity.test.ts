import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Vec3 } from '../../math/vec3.ts';
import { jumpSpeed, rollingSpin, slideSpeed, throwAlong, throwAtTarget, toppleMotion } from './launchVelocity.ts';

describe('launch velocities', () => {
  it('throws on an arc that comes down on the target, its top `height` above the higher end', () => {
    const g = 9.81;
    const from: Vec3 = [0, 1, 0], to: Vec3 = [4, 0.2, -3];
    const v = throwAtTarget(from, to, g, undefined, 1.5);
    // Apex: from.y + vy²/2g = max(from.y, to.y) + 1.5
    assert.ok(Math.abs(from[1] + (v[1] * v[1]) / (2 * g) - 2.5) < 1e-12);
    // Landing time on the target's height, then the horizontal position there.
    const t = (v[1] + Math.sqrt(v[1] * v[1] + 2 * g * (from[1] - to[1]))) / g;
    assert.ok(Math.abs(from[0] + v[0] * t - to[0]) < 1e-9 && Math.abs(from[2] + v[2] * t - to[2]) < 1e-9);
  });

  it('throws straight at the target without gravity', () => {
    const v = throwAtTarget([0, 0, 0], [3, 4, 0], 0, 10, undefined);
    assert.ok(Math.abs(v[0] - 6) < 1e-12 && Math.abs(v[1] - 8) < 1e-12 && v[2] === 0);
  });

  it('lifts a flat throw into an arc only when there is gravity', () => {
    const arc = throwAlong([1, 0, 0], 9.81, 5, undefined);
    assert.ok(arc[1] > 1 && Math.abs(Math.hypot(...arc) - 5) < 1e-12);
    assert.deepEqual(throwAlong([1, 0, 0], 0, 5, undefined), [5, 0, 0]);
    assert.ok(Math.abs(throwAlong([0, 0, -1], 9.81, 5, 2)[1] - Math.sqrt(2 * 9.81 * 2)) < 1e-12);
  });

  it('rolls without slipping and slides the distance asked', () => {
    const v: Vec3 = [2, 0, -1];
    const w = rollingSpin(v, 0.5);
    // Contact point velocity v + ω × (0, −r, 0) = 0
    const r: Vec3 = [0, -0.5, 0];
    const contact = [v[0] + w[1] * r[2] - w[2] * r[1], v[1] + w[2] * r[0] - w[0] * r[2], v[2] + w[0] * r[1] - w[1] * r[0]];
    assert.ok(contact.every((c) => Math.abs(c) < 1e-12));
    const s = slideSpeed(0.5, 9.81, 2);
    assert.ok(Math.abs((s * s) / (2 * 0.5 * 9.81) - 2) < 1e-12);
    assert.ok(Math.abs(jumpSpeed(1.62, 1) ** 2 / (2 * 1.62) - 1) < 1e-12);
  });

  it('tips an object over its edge towards the direction, with energy to spare', () => {
    const a = 0.04, b = 0.15, g = 9.81;
    const { linvel, angvel } = toppleMotion(0, 1, a, b, g);
    // Spin about ŷ × ẑ = +x tips the top towards +z; the centre moves towards +z.
    assert.ok(angvel[0] > 0 && linvel[2] > 0);
    const omega = Math.hypot(...angvel);
    const kinetic = 0.5 * ((4 * (a * a + b * b)) / 3) * omega * omega;
    assert.ok(kinetic > g * (Math.hypot(a, b) - b), 'over the edge');
    // The centre turns about the edge: |v| = ω · |r|.
    assert.ok(Math.abs(Math.hypot(...linvel) - omega * Math.hypot(a, b)) < 1e-12);
  });
});
