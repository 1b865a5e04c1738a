import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewBasis } from '../../../math/projectPoint.ts';
import type { Vec3 } from '../../../math/vec3.ts';
import { radians } from '../../../units/units.ts';
import { elevationAt, heightAboveHorizon, horizonOf, offsetForElevation, screenHalfPlane } from './horizon.ts';

const basis = (target: Vec3, roll = 0) =>
  viewBasis({ position: [0, 1.6, 8], target, fovY: radians((50 * Math.PI) / 180), roll: radians(roll) }, 720, 1280);

test('a level camera has the horizon across the middle of the frame', () => {
  const h = horizonOf(basis([0, 1.6, 0]));
  assert.ok(h.valid);
  assert.ok(Math.abs(h.y0 - 640) < 1e-6);
  assert.ok(Math.abs(h.ty) < 1e-9 && h.ny === -1);
});

test('looking down raises the horizon, looking up lowers it, by the focal length times the tangent', () => {
  const b = basis([0, 0.8, 0]);
  const h = horizonOf(b);
  const pitch = Math.atan2(0.8, 8);
  assert.ok(Math.abs(640 - h.y0 - b.focal * Math.tan(pitch)) < 1e-6);
  assert.ok(horizonOf(basis([0, 3, 0])).y0 > 640);
});

test('a rolled camera tilts the horizon by the roll angle', () => {
  const h = horizonOf(basis([0, 1.6, 0], 0.1));
  assert.ok(Math.abs(Math.abs(Math.atan2(h.ty, h.tx)) - 0.1) < 1e-6);
});

test('the ray elevation is zero on the horizon and grows above it', () => {
  const b = basis([0, 0.8, 0]);
  const h = horizonOf(b);
  assert.ok(Math.abs(elevationAt(b, h.x0 + 100 * h.tx, h.y0 + 100 * h.ty)) < 1e-9);
  const up = offsetForElevation(b, h, 0.2, 5000);
  assert.ok(up > 0);
  assert.ok(Math.abs(elevationAt(b, h.x0 + h.nx * up, h.y0 + h.ny * up) - 0.2) < 1e-6);
  assert.ok(heightAboveHorizon(h, h.x0, h.y0 - 10) > 0);
});

test('looking straight down there is no horizon on screen, only ground', () => {
  const b = viewBasis({ position: [0, 10, 0], target: [0, 0, 0], fovY: radians(1), roll: radians(0) }, 100, 100);
  const h = horizonOf(b);
  assert.equal(h.valid, false);
  assert.equal(h.allSky, false);
  assert.deepEqual(screenHalfPlane(h, 100, 100, 0, 1), []);
  assert.equal(screenHalfPlane(h, 100, 100, 0, -1).length, 8);
});
