/**
 * A flexible chain of segments (tails, manes, necks): each link hangs from the end of the
 * previous one, turned a little more, so a wag at the root travels down to the tip.
 */
import type { Part } from '../../../model/Part.ts';
import type { Quat } from '../../../../math/vec3.ts';
import { childFrame, type Frame } from './Frame.ts';
import { segment, type SegmentStyle } from './segment.ts';

export interface ChainLink {
  length: number;
  width: number;
  /** Turn at the start of this link relative to the previous one. */
  bend: Quat;
  colour?: string;
  depth?: number;
}

/** Adds the links' parts to `out` and returns the frame at the tip. */
export function chainSegments(root: Frame, links: readonly ChainLink[], style: SegmentStyle, out: Part[]): Frame {
  let at = root;
  for (const link of links) {
    const joint = childFrame(at, [0, 0, 0], link.bend);
    out.push(segment(joint, link.length, link.width, { ...style, colour: link.colour ?? style.colour, depth: link.depth ?? style.depth }));
    at = childFrame(joint, [0, -link.length, 0]);
  }
  return at;
}
