/**
 * Placing features on the front of an ellipsoidal head: a frame sitting on the surface at a
 * given (x, y), turned to face along the surface normal, so eyes and mouth hug the head.
 */
import { chain, childFrame, rotX, rotY, type Frame } from '../rig/Frame.ts';
import type { Vec3 } from '../../../../math/vec3.ts';

/** Frame on the front (+Z) surface of an ellipsoid of diameters `size`, raised `lift` along the normal. */
export function onSurface(head: Frame, size: Vec3, x: number, y: number, lift = 0): Frame {
  const a = size[0] / 2;
  const b = size[1] / 2;
  const c = size[2] / 2;
  const u = Math.min(0.98, (x / a) ** 2 + (y / b) ** 2);
  const z = c * Math.sqrt(1 - u);
  const n: Vec3 = [x / (a * a), y / (b * b), z / (c * c)];
  const len = Math.hypot(n[0], n[1], n[2]);
  const nx = n[0] / len;
  const ny = n[1] / len;
  const nz = n[2] / len;
  const yaw = Math.atan2(nx, nz);
  const pitch = -Math.atan2(ny, Math.hypot(nx, nz));
  return childFrame(head, [x + nx * lift, y + ny * lift, z + nz * lift], chain(rotY(yaw), rotX(pitch)));
}
