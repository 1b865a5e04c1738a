/**
 * Models are designed at their kind's typical size; fitParts stretches such a part list to
 * the collider the world actually simulates, so the drawing and the physics agree at any size.
 */
import { rotate, type Quat, type Vec3 } from '../../../math/vec3.ts';
import type { Part } from '../../model/Part.ts';
import { rotY, then } from './rotation.ts';

const AXES: readonly Vec3[] = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/** Scale parts designed inside half extents `from` so that they fill half extents `to`. */
export function fitParts(parts: readonly Part[], from: Vec3, to: Vec3): Part[] {
  const s: Vec3 = [to[0] / from[0], to[1] / from[1], to[2] / from[2]];
  const uniform = Math.abs(s[0] - s[1]) < 1e-9 && Math.abs(s[1] - s[2]) < 1e-9;
  return parts.map((p) => {
    const position: Vec3 = [p.position[0] * s[0], p.position[1] * s[1], p.position[2] * s[2]];
    let size: Vec3;
    if (uniform || !p.rotation) {
      size = uniform ? [p.size[0] * s[0], p.size[1] * s[0], p.size[2] * s[0]] : [p.size[0] * s[0], p.size[1] * s[1], p.size[2] * s[2]];
    } else {
      // A rotated part stretches by how much each of its own axes is stretched in the model frame.
      const q = p.rotation;
      const k = AXES.map((axis) => {
        const u = rotate(q, axis);
        return Math.hypot(u[0] * s[0], u[1] * s[1], u[2] * s[2]);
      });
      size = [p.size[0] * k[0]!, p.size[1] * k[1]!, p.size[2] * k[2]!];
    }
    return { ...p, position, size };
  });
}

/** Turn a whole model about Y (used when the world lays a long object along Z instead of X). */
export function turnParts(parts: readonly Part[], q: Quat): Part[] {
  return parts.map((p) => ({ ...p, position: rotate(q, p.position), rotation: p.rotation ? then(p.rotation, q) : q }));
}

/** The quarter turn that takes a model's +X front to +Z. */
export const X_TO_Z: Quat = rotY(-Math.PI / 2);
