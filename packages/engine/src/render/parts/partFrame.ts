/** A placed part's world axes and half sizes: the common ground for every shape drawer. */
import type { Vec3 } from '../../math/vec3.ts';
import { axesOf, type PlacedPart } from './PlacedPart.ts';

export interface PartFrame {
  centre: Vec3;
  /** Unit local axes in world space. */
  x: Vec3;
  y: Vec3;
  z: Vec3;
  /** Half sizes along x, y, z (m). */
  hx: number;
  hy: number;
  hz: number;
}

export function partFrame(placed: PlacedPart): PartFrame {
  const [x, y, z] = axesOf(placed);
  const s = placed.part.size;
  return {
    centre: placed.centre,
    x,
    y,
    z,
    hx: Math.max(1e-4, Math.abs(s[0]) / 2),
    hy: Math.max(1e-4, Math.abs(s[1]) / 2),
    hz: Math.max(0, Math.abs(s[2]) / 2),
  };
}

/** centre + x·a + y·b + z·c */
export function framePoint(f: PartFrame, a: number, b: number, c: number): Vec3 {
  return [
    f.centre[0] + f.x[0] * a + f.y[0] * b + f.z[0] * c,
    f.centre[1] + f.x[1] * a + f.y[1] * b + f.z[1] * c,
    f.centre[2] + f.x[2] * a + f.y[2] * b + f.z[2] * c,
  ];
}

/** World direction of the local vector (a, b, c), normalised. */
export function frameDirection(f: PartFrame, a: number, b: number, c: number): Vec3 {
  const v: Vec3 = [
    f.x[0] * a + f.y[0] * b + f.z[0] * c,
    f.x[1] * a + f.y[1] * b + f.z[1] * c,
    f.x[2] * a + f.y[2] * b + f.z[2] * c,
  ];
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
}
