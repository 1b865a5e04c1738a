/**
 * A joint frame of a character rig: where a body part sits and how it is turned, in the
 * entity's local space. Limbs hang off frames (hip → knee → ankle), so bending a knee moves
 * the whole shin and foot with it.
 */
import type { Part } from '../../../model/Part.ts';
import { add, axisAngle, IDENTITY_QUAT, multiplyQuat, rotate, type Quat, type Vec3 } from '../../../../math/vec3.ts';

export interface Frame {
  origin: Vec3;
  rotation: Quat;
}

export const ROOT_FRAME: Frame = { origin: [0, 0, 0], rotation: IDENTITY_QUAT };

/** Rotation about local X: positive turns +Y towards +Z (a hanging limb swings backwards). */
export const rotX = (angle: number): Quat => axisAngle([1, 0, 0], angle);
/** Rotation about local Y: positive turns +Z towards +X. */
export const rotY = (angle: number): Quat => axisAngle([0, 1, 0], angle);
/** Rotation about local Z: positive turns +X towards +Y (a hanging limb swings towards +X). */
export const rotZ = (angle: number): Quat => axisAngle([0, 0, 1], angle);

/** Compose rotations: the result applies the last one first (q1 · q2 · …). */
export function chain(...rotations: Quat[]): Quat {
  let q: Quat = IDENTITY_QUAT;
  for (const r of rotations) q = multiplyQuat(q, r);
  return q;
}

/** A point given in the frame's local coordinates, in the parent (entity) space. */
export function pointIn(frame: Frame, local: Vec3): Vec3 {
  return add(frame.origin, rotate(frame.rotation, local));
}

/** A child frame offset (in this frame's coordinates) and turned relative to this one. */
export function childFrame(parent: Frame, offset: Vec3, rotation: Quat = IDENTITY_QUAT): Frame {
  return { origin: pointIn(parent, offset), rotation: multiplyQuat(parent.rotation, rotation) };
}

/** Move a frame in entity space. */
export function shiftFrame(frame: Frame, by: Vec3): Frame {
  return { origin: add(frame.origin, by), rotation: frame.rotation };
}

/** A part described in the frame's coordinates, placed in entity space. */
export function placePart(frame: Frame, part: Part): Part {
  return {
    ...part,
    position: pointIn(frame, part.position),
    rotation: multiplyQuat(frame.rotation, part.rotation ?? IDENTITY_QUAT),
  };
}
