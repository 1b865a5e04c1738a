/**
 * A limb segment: a capsule hanging from a joint frame down its local -Y axis, so a thigh,
 * shin or forearm follows its joint's rotation and ends where the next joint begins.
 */
import type { Finish, Part } from '../../../model/Part.ts';
import { childFrame, placePart, type Frame } from './Frame.ts';

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

/** The frame at the far end of a segment (where the next joint sits). */
export function segmentEnd(joint: Frame, length: number): Frame {
  return childFrame(joint, [0, -length, 0]);
}
