import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectPoint, viewBasis } from '../../math/projectPoint.ts';
import { axisAngle, rotate, type Vec3 } from '../../math/vec3.ts';
import { radians } from '../../units/units.ts';
import { projectEllipsoid, type ScreenEllipse } from './projectEllipsoid.ts';

const camera = { position: [1.5, 2, 6] as Vec3, target: [0, 0.5, 0] as Vec3, fovY: radians(0.8), roll: radians(0) };
const basis = viewBasis(camera, 640, 360);

/** Normalised radius of a screen point in the ellipse's own frame (1 = on the outline). */
function ellipseRadius(e: ScreenEllipse, x: number, y: number): number {
  const c = Math.cos(e.angle), s = Math.sin(e.angle);
  const a = ((x - e.cx) * c + (y - e.cy) * s) / e.rx;
  const b = (-(x - e.cx) * s + (y - e.cy) * c) / e.ry;
  return Math.hypot(a, b);
}

test('a sphere straight ahead projects to the exact perspective circle', () => {
  const cam = { position: [0, 0, 5] as Vec3, target: [0, 0, 0] as Vec3, fovY: radians(0.9), roll: radians(0) };
  const b = viewBasis(cam, 400, 400);
  const e = projectEllipsoid(b, [0, 0, 0], [[1, 0, 0], [0, 1, 0], [0, 0, 1]])!;
  assert.ok(Math.abs(e.cx - 200) < 1e-6 && Math.abs(e.cy - 200) < 1e-6);
  const expected = (b.focal * 1) / Math.sqrt(25 - 1);
  assert.ok(Math.abs(e.rx - expected) < 1e-6 && Math.abs(e.ry - expected) < 1e-6);
});

test('every surface point of a rotated ellipsoid projects inside its outline, and the outline is touched', () => {
  const q = axisAngle([0.3, 0.8, 0.52].map((v) => v / Math.hypot(0.3, 0.8, 0.52)) as unknown as Vec3, 0.9);
  const centre: Vec3 = [0.4, 0.7, -0.5];
  const semi: Vec3 = [0.9, 0.4, 0.6];
  const axes: [Vec3, Vec3, Vec3] = [rotate(q, [semi[0], 0, 0]), rotate(q, [0, semi[1], 0]), rotate(q, [0, 0, semi[2]])];
  const e = projectEllipsoid(basis, centre, axes)!;
  assert.ok(e);
  let maxR = 0;
  for (let i = 0; i <= 60; i++) {
    for (let j = 0; j < 120; j++) {
      const th = (i / 60) * Math.PI, ph = (j / 120) * Math.PI * 2;
      const u: Vec3 = [Math.sin(th) * Math.cos(ph), Math.cos(th), Math.sin(th) * Math.sin(ph)];
      const p: Vec3 = [
        centre[0] + axes[0][0] * u[0] + axes[1][0] * u[1] + axes[2][0] * u[2],
        centre[1] + axes[0][1] * u[0] + axes[1][1] * u[1] + axes[2][1] * u[2],
        centre[2] + axes[0][2] * u[0] + axes[1][2] * u[1] + axes[2][2] * u[2],
      ];
      const s = projectPoint(basis, p);
      maxR = Math.max(maxR, ellipseRadius(e, s.x, s.y));
    }
  }
  assert.ok(maxR <= 1.0005, `a surface point falls outside the outline (${maxR})`);
  assert.ok(maxR > 0.995, `the outline is larger than the shape (${maxR})`);
});

test('a flat disc (one zero axis) projects to the ellipse through its rim', () => {
  const centre: Vec3 = [0, 0, 0];
  const axes: [Vec3, Vec3, Vec3] = [[0.5, 0, 0], [0, 0, 0.5], [0, 0, 0]];
  const e = projectEllipsoid(basis, centre, axes)!;
  for (let k = 0; k < 16; k++) {
    const a = (k / 16) * Math.PI * 2;
    const s = projectPoint(basis, [0.5 * Math.cos(a), 0, 0.5 * Math.sin(a)]);
    assert.ok(Math.abs(ellipseRadius(e, s.x, s.y) - 1) < 1e-3);
  }
});

test('shapes touching the camera plane have no ellipse outline', () => {
  assert.equal(projectEllipsoid(basis, camera.position, [[0.1, 0, 0], [0, 0.1, 0], [0, 0, 0.1]]), null);
  const behind: Vec3 = [camera.position[0] * 2, camera.position[1] * 2, camera.position[2] * 2];
  assert.equal(projectEllipsoid(basis, behind, [[0.1, 0, 0], [0, 0.1, 0], [0, 0, 0.1]]), null);
});
