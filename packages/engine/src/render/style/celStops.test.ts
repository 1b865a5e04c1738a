import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Vec3 } from '../../math/vec3.ts';
import { celStops } from './celStops.ts';

test('cel stops turn a ramp of tones into hard steps at the tone changes', () => {
  const normals: Vec3[] = [[0, 1, 0], [1, 0, 0]];
  // Two tones: lit while the normal still points mostly up.
  const stops = celStops([0, 1], normals, (n) => (n[1] > n[0] ? 'lit' : 'dark'));
  assert.equal(stops[0]![1], 'lit');
  assert.equal(stops[stops.length - 1]![1], 'dark');
  const steps = stops.filter((s, i) => i > 0 && s[0] === stops[i - 1]![0]);
  assert.equal(steps.length, 1, 'one hard step between the two tones');
  // The step sits where the interpolated normal crosses 45°: halfway.
  assert.ok(Math.abs(steps[0]![0] - 0.5) < 0.05, String(steps[0]![0]));
});
