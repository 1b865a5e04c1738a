import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ColliderSpec } from '../../ontology/ontology.ts';
import { axisAngleQuat } from '../math/rotations.ts';
import { colliderVolume } from '../entities/colliderGeometry.ts';
import { circularSegmentFraction, emptySubmersion, sphereCap, submersionOf } from './submersion.ts';

function sub(spec: ColliderSpec, y: number, q: readonly number[] = [0, 0, 0, 1], level = 0) {
  return submersionOf(spec, colliderVolume(spec), 0, y, 0, q[0], q[1], q[2], q[3], level, emptySubmersion());
}

describe('submersion', () => {
  it('cuts a sphere exactly (spherical cap)', () => {
    const ball: ColliderSpec = { shape: 'ball', radius: 0.5 };
    assert.equal(sub(ball, 1).fraction, 0);
    assert.equal(sub(ball, -1).fraction, 1);
    const half = sub(ball, 0);
    assert.ok(Math.abs(half.fraction - 0.5) < 1e-12);
    // Centroid of a hemisphere: 3r/8 below the centre.
    assert.ok(Math.abs(half.cy - -(3 * 0.5) / 8) < 1e-12);
    const cap = sphereCap(1, 0.5);
    assert.ok(Math.abs(cap.volume - (Math.PI * 0.25 * 2.5) / 3) < 1e-12);
  });

  it('is linear in depth for an upright box and centres buoyancy in the wet part', () => {
    const box: ColliderSpec = { shape: 'box', size: [1, 0.4, 2] };
    for (const f of [0.1, 0.25, 0.6, 0.9]) {
      const y = 0.2 - 0.4 * f; // the surface 0.4·f above the bottom
      const s = sub(box, y);
      assert.ok(Math.abs(s.fraction - f) < 1e-12, `${f}: ${s.fraction}`);
      assert.ok(Math.abs(s.cy - (y - 0.2) / 2) < 1e-12);
      assert.ok(Math.abs(s.cx) < 1e-12 && Math.abs(s.cz) < 1e-12);
    }
  });

  it('moves the centre of buoyancy of a tilted box to the low side (righting torque)', () => {
    const box: ColliderSpec = { shape: 'box', size: [1, 0.4, 1] };
    const q = axisAngleQuat([0, 0, 1], 0.3); // right side (+x) goes up
    const s = sub(box, 0.05, q);
    assert.ok(s.fraction > 0.2 && s.fraction < 0.5);
    assert.ok(s.cx < -0.05, `cx ${s.cx}`);
    // Symmetric box half under water: half its volume whatever the tilt.
    assert.ok(Math.abs(sub(box, 0, q).fraction - 0.5) < 1e-9);
  });

  it('cuts a lying cylinder as a circle and a standing one as a slab', () => {
    const log: ColliderSpec = { shape: 'cylinder', radius: 0.2, height: 1 };
    const lying = axisAngleQuat([0, 0, 1], Math.PI / 2);
    assert.ok(Math.abs(sub(log, 0, lying).fraction - 0.5) < 1e-9);
    // Surface a quarter of the diameter above the bottom.
    assert.ok(Math.abs(sub(log, 0.1, lying).fraction - circularSegmentFraction(0.25)) < 1e-9);
    assert.ok(Math.abs(sub(log, 0.3).fraction - 0.2) < 1e-9);
  });

  it('knows the circular segment', () => {
    assert.equal(circularSegmentFraction(0), 0);
    assert.equal(circularSegmentFraction(1), 1);
    assert.ok(Math.abs(circularSegmentFraction(0.5) - 0.5) < 1e-15);
    // θ = 2π/3: (θ − sin θ) / 2π
    assert.ok(Math.abs(circularSegmentFraction(0.25) - ((2 * Math.PI) / 3 - Math.sin((2 * Math.PI) / 3)) / (2 * Math.PI)) < 1e-12);
  });
});
