/**
 * A model part placed in the world: the entity pose applied to the part's local position and
 * rotation. `group` identifies the model (entity) the part belongs to, for draw-order ties.
 */
import { multiplyQuat, type Quat, type Vec3 } from '../../math/vec3.ts';
import type { Part } from '../model/Part.ts';

export interface PlacedPart {
  part: Part;
  /** World centre of the part. */
  centre: Vec3;
  /** World rotation of the part. */
  rotation: Quat;
  /** Which model (entity) the part comes from. */
  group: number;
  /** Index of the part within its model (stable tie-break, seeds patterns). */
  index: number;
  /** The part's local x, y, z axes in the world (unit vectors), when already known. */
  axes?: readonly [Vec3, Vec3, Vec3];
}

/** World axes of a rotation: the columns of its matrix. */
export function quatAxes(q: Quat): [Vec3, Vec3, Vec3] {
  const [x, y, z, w] = q;
  const xx = x * x, yy = y * y, zz = z * z, xy = x * y, xz = x * z, yz = y * z, wx = w * x, wy = w * y, wz = w * z;
  return [
    [1 - 2 * (yy + zz), 2 * (xy + wz), 2 * (xz - wy)],
    [2 * (xy - wz), 1 - 2 * (xx + zz), 2 * (yz + wx)],
    [2 * (xz + wy), 2 * (yz - wx), 1 - 2 * (xx + yy)],
  ];
}

/** The part's world axes (computed once and kept). */
export function axesOf(placed: PlacedPart): readonly [Vec3, Vec3, Vec3] {
  if (!placed.axes) placed.axes = quatAxes(placed.rotation);
  return placed.axes;
}

/** Place a model's parts in the world by the entity's position and rotation. */
export function placeParts(parts: readonly Part[], position: Vec3, rotation: Quat, group: number, out: PlacedPart[] = []): PlacedPart[] {
  const [ax, ay, az] = quatAxes(rotation);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const p = part.position;
    out.push({
      part,
      centre: [
        position[0] + ax[0] * p[0] + ay[0] * p[1] + az[0] * p[2],
        position[1] + ax[1] * p[0] + ay[1] * p[1] + az[1] * p[2],
        position[2] + ax[2] * p[0] + ay[2] * p[1] + az[2] * p[2],
      ],
      rotation: part.rotation ? multiplyQuat(rotation, part.rotation) : rotation,
      group,
      index: i,
    });
  }
  return out;
}
