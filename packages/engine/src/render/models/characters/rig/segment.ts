/**
 * A limb segment: a capsule hanging from a joint frame down its local -Y axis, so a thigh,
 * shin or forearm follows its joint's rotation and ends where the next joint begins.
 */
import type { Finish, Part } from '../../../model/Part.ts';
import { axisAngle, cross, IDENTITY_QUAT, length, normalize, sub, type Quat, type Vec3 } from '../../../../math/vec3.ts';
import { placePart, type Frame } from './Frame.ts';

export interface SegmentStyle {
  colour: string;
  finish?: Finish;
  layer?: number;
  shape?: 'capsule' | 'cylinder' | 'ellipsoid' | 'box';
  /** Depth (z) thickness when different from the width. */
  depth?: number;
  /** Extra length beyond the joints (m); defaults to the width for capsules (round ends meet). */
  overlap?: number;
}

/** The part for a segment of `length` and `width` hanging from `joint`. */
export function segment(joint: Frame, length: number, width: number, style: SegmentStyle): Part {
  const shape = style.shape ?? 'capsule';
  const overlap = style.overlap ?? (shape === 'capsule' ? width : 0);
  return placePart(joint, {
    shape,
    position: [0, -length / 2, 0],
    size: [width, length + overlap, style.depth ?? width],
    colour: style.colour,
    finish: style.finish,
    layer: style.layer,
  });
}

/** Rotation that turns local +Y onto the direction `d` (unit or not). */
export function alignY(d: Vec3): Quat {
  const n = normalize(d);
  const c = n[1];
  if (c > 0.999999) return IDENTITY_QUAT;
  if (c < -0.999999) return [1, 0, 0, 0];
  const axis = normalize(cross([0, 1, 0], n));
  return axisAngle(axis, Math.acos(c));
}

/** A segment reaching from point `a` to point `b` (entity space), e.g. a neck between body and head. */
export function segmentBetween(a: Vec3, b: Vec3, width: number, style: SegmentStyle & { depth?: number }): Part {
  const d = sub(b, a);
  const len = length(d);
  const shape = style.shape ?? 'capsule';
  const overlap = style.overlap ?? (shape === 'capsule' ? width : 0);
  return {
    shape,
    position: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2],
    size: [width, len + overlap, style.depth ?? width],
    rotation: alignY(d),
    colour: style.colour,
    finish: style.finish,
    layer: style.layer,
  };
}
