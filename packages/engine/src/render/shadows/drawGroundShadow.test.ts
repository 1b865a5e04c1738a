import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../../math/vec3.ts';
import { shadowEllipse } from './drawGroundShadow.ts';

const sphere = (y: number, r: number) => ({ centre: [0, y, 0] as const, axes: [[r, 0, 0], [0, r, 0], [0, 0, r]] as [[number, number, number], [number, number, number], [number, number, number]] });

test('with the sun overhead a sphere casts a circle of its own radius straight below', () => {
  const s = shadowEllipse(sphere(2, 0.5), [0, 1, 0], 0);
  assert.deepEqual(s.centre, [0, 0, 0]);
  assert.ok(Math.abs(Math.hypot(...s.a) - 0.5) < 1e-9 && Math.abs(Math.hypot(...s.b) - 0.5) < 1e-9);
});

test('a low sun stretches the shadow away from the light, and it moves with height', () => {
  const sun = normalize([1, 1, 0]);
  const low = shadowEllipse(sphere(1, 0.5), sun, 0);
  const high = shadowEllipse(sphere(3, 0.5), sun, 0);
  assert.ok(Math.hypot(...low.a) > 0.6, 'longer than the radius along the light');
  assert.ok(low.centre[0] < 0, 'falls away from the sun');
  assert.ok(high.centre[0] < low.centre[0], 'higher objects cast further');
});
