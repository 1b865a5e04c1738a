import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewBasis } from '../../../math/projectPoint.ts';
import { radians } from '../../../units/units.ts';
import { projectDirection, projectPolygon, projectPolyline } from './projectWorld.ts';
import { simplifyPolyline } from './simplifyPolyline.ts';
import { clipConvex } from './clipConvex.ts';
import { hashUnit, valueNoise } from './hashNoise.ts';

const b = viewBasis({ position: [0, 1, 0], target: [0, 1, -1], fovY: radians(Math.PI / 2), roll: radians(0) }, 200, 200);

test('a polygon crossing behind the camera is cut at the near plane', () => {
  // A floor quad from in front of the camera to behind it.
  const pts = projectPolygon(b, [-1, 0, -5, 1, 0, -5, 1, 0, 5, -1, 0, 5]);
  assert.equal(pts.length, 8);
  for (let i = 1; i < pts.length; i += 2) assert.ok(pts[i]! > 100, 'all below the horizon');
  assert.deepEqual(projectPolygon(b, [-1, 0, 5, 1, 0, 5, 0, 1, 6]), []);
});

test('directions at infinity ignore where the camera stands', () => {
  const p = projectDirection(b, [0, 0, -1]);
  assert.deepEqual(p, { x: 100, y: 100 });
  assert.equal(projectDirection(b, [0, 0, 1]), null);
});

test('a polyline running behind the camera splits into visible runs', () => {
  const runs = projectPolyline(b, [-2, 0, -4, 0, 0, 3, 2, 0, -4]);
  assert.equal(runs.length, 2);
});

test('thinning keeps corners and drops points on straight runs', () => {
  const line = [0, 0, 1, 0, 2, 0, 3, 0, 4, 5, 5, 10];
  const out = simplifyPolyline(line, 0.1);
  assert.deepEqual(out, [0, 0, 3, 0, 5, 10]);
});

test('convex clipping returns the overlap of two squares', () => {
  const out = clipConvex([0, 0, 2, 0, 2, 2, 0, 2], [1, 1, 3, 1, 3, 3, 1, 3]);
  assert.ok(out);
  const xs = out!.filter((_, i) => i % 2 === 0);
  assert.equal(Math.min(...xs), 1);
  assert.equal(Math.max(...xs), 2);
});

test('hash noise is deterministic, in [0, 1) and wraps with its period', () => {
  assert.equal(hashUnit(5, 1, 2, 3), hashUnit(5, 1, 2, 3));
  assert.notEqual(hashUnit(5, 1, 2, 3), hashUnit(6, 1, 2, 3));
  for (let i = 0; i < 100; i++) {
    const v = valueNoise(3, i * 0.37, 10);
    assert.ok(v >= 0 && v < 1);
  }
  assert.ok(Math.abs(valueNoise(3, 0.25, 10) - valueNoise(3, 10.25, 10)) < 1e-12);
});

test('scenery between the camera and the action is left out, scenery beside or behind it is kept', async () => {
  const { blocksView, lineOfSightOf } = await import('./lineOfSight.ts');
  // A high camera 40 m away looking down at the action near the origin.
  const far = viewBasis({ position: [0, 12, 40], target: [0, 0.8, 0], fovY: radians(0.9), roll: radians(0) }, 200, 200);
  const sight = lineOfSightOf(far);
  assert.ok(Math.abs(sight.focus - 40) < 1);
  assert.equal(blocksView(sight, 0, 40, 0, 20, 2), true, 'a tree halfway to the action');
  assert.equal(blocksView(sight, 0, 40, 30, 20, 2), false, 'a tree well off to the side');
  assert.equal(blocksView(sight, 0, 40, 0, -30, 2), false, 'a tree behind the action');
});
