import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partSamplePoints } from './partSamplePoints.ts';
import { rotZ } from './rotation.ts';

const maxAbs = (pts: readonly (readonly number[])[], axis: number) => Math.max(...pts.map((p) => Math.abs(p[axis]!)));

test('a unit sphere samples to radius 0.5', () => {
  const pts = partSamplePoints({ shape: 'ellipsoid', position: [0, 0, 0], size: [1, 1, 1], colour: '#fff' });
  for (const p of pts) assert.ok(Math.abs(Math.hypot(...p) - 0.5) < 1e-9);
});

test('a cylinder laid along X reaches its half length on X', () => {
  const pts = partSamplePoints({ shape: 'cylinder', position: [1, 0, 0], size: [0.2, 2, 0.2], rotation: rotZ(Math.PI / 2), colour: '#fff' });
  assert.ok(Math.abs(Math.max(...pts.map((p) => p[0])) - 2) < 1e-9);
  assert.ok(Math.abs(maxAbs(pts, 1) - 0.1) < 1e-9);
});

test('a capsule includes its round caps', () => {
  const pts = partSamplePoints({ shape: 'capsule', position: [0, 0, 0], size: [0.2, 1, 0.2], colour: '#fff' });
  assert.ok(Math.abs(maxAbs(pts, 1) - 0.5) < 1e-9);
});
