import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewBasis } from '../../math/projectPoint.ts';
import { IDENTITY_QUAT, axisAngle } from '../../math/vec3.ts';
import { radians } from '../../units/units.ts';
import { waterlineOf, waterSlice } from './waterlineOf.ts';

const basis = viewBasis({ position: [0, 2, 5], target: [0, 0, 0], fovY: radians(0.9), roll: radians(0) }, 320, 180);

test('a ball is dry above the water, crossing at the surface and under below it', () => {
  const ball = { shape: 'ball', radius: 0.3 } as const;
  assert.equal(waterlineOf(basis, ball, [0, 0.5, 0], IDENTITY_QUAT, 0, 180).kind, 'dry');
  assert.equal(waterlineOf(basis, ball, [0, 0.1, 0], IDENTITY_QUAT, 0, 180).kind, 'crossing');
  const under = waterlineOf(basis, ball, [0, -1, 0], IDENTITY_QUAT, 0, 180);
  assert.equal(under.kind, 'under');
  assert.ok(under.kind === 'under' && Math.abs(under.depth - 0.7) < 1e-9);
});

test('the slice of a ball by the surface is the circle of the right radius', () => {
  const pts = waterSlice({ shape: 'ball', radius: 0.5 }, [1, 0.3, 0], IDENTITY_QUAT, 0);
  assert.ok(pts.length > 8);
  for (const p of pts) assert.ok(Math.abs(Math.hypot(p[0] - 1, p[2]) - 0.4) < 1e-9 && p[1] === 0);
});

test('a floating box slices into its rectangle, turned with it', () => {
  const pts = waterSlice({ shape: 'box', size: [2, 1, 1] }, [0, 0.2, 0], axisAngle([0, 1, 0], Math.PI / 2), 0);
  assert.equal(pts.length, 4);
  const xs = pts.map((p) => Math.abs(p[0]));
  const zs = pts.map((p) => Math.abs(p[2]));
  assert.ok(xs.every((x) => Math.abs(x - 0.5) < 1e-9) && zs.every((z) => Math.abs(z - 1) < 1e-9));
});

test('the region under water lies below the front of the waterline on screen', () => {
  const w = waterlineOf(basis, { shape: 'ball', radius: 0.3 }, [0, 0.1, 0], IDENTITY_QUAT, 0, 180);
  assert.equal(w.kind, 'crossing');
  if (w.kind !== 'crossing') return;
  // The front arc is the lower (nearer) half of the projected waterline.
  const midY = (w.front[0]!.y + w.front[w.front.length - 1]!.y) / 2;
  assert.ok(w.front.some((p) => p.y > midY + 1));
  assert.ok(w.region.some((p) => p.y > 1000), 'the region runs down off the screen');
});
