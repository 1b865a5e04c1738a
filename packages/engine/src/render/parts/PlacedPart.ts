/**
 * A model part placed in the world: the entity pose applied to the part's local position and
 * rotation. `group` identifies the model (entity) the part belongs to, for draw-order ties.
 */
import { add, IDENTITY_QUAT, multiplyQuat, rotate, type Quat, type Vec3 } from '../../math/vec3.ts';
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
}

/** Place a model's parts in the world by the entity's position and rotation. */
export function placeParts(parts: readonly Part[], position: Vec3, rotation: Quat, group: number, out: PlacedPart[] = []): PlacedPart[] {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    out.push({
      part,
      centre: add(position, rotate(rotation, part.position)),
      rotation: part.rotation ? multiplyQuat(rotation, part.rotation) : rotation === IDENTITY_QUAT ? IDENTITY_QUAT : rotation,
      group,
      index: i,
    });
  }
  return out;
}
