/** Dress the four legs of a quadruped skeleton: tapering segments and a paw or hoof. */
import type { Finish, Part } from '../../../model/Part.ts';
import type { Vec3 } from '../../../../math/vec3.ts';
import { placePart } from '../rig/Frame.ts';
import { segment } from '../rig/segment.ts';
import type { QuadrupedProportions, QuadrupedSkeleton } from './quadrupedSkeleton.ts';

export interface LegLook {
  /** Widths of the three segments, fore legs then hind legs. */
  foreWidths: readonly [number, number, number];
  hindWidths: readonly [number, number, number];
  /** Colour per leg [LF, RF, LH, RH] (socks), and per segment for the lowest one. */
  colour: (leg: number, segment: number) => string;
  paw: { size: Vec3; colour: (leg: number) => string; finish: Finish; shape: 'ellipsoid' | 'cylinder'; forward: number };
  finish?: Finish;
}

export function drawQuadLegs(sk: QuadrupedSkeleton, p: QuadrupedProportions, look: LegLook, out: Part[]): void {
  sk.legs.forEach((leg, i) => {
    const widths = i < 2 ? look.foreWidths : look.hindWidths;
    leg.joints.forEach((joint, j) => {
      out.push(segment(joint, leg.lengths[j]!, widths[j]!, { colour: look.colour(i, j), finish: look.finish ?? 'satin' }));
    });
    const paw = look.paw;
    out.push(placePart(leg.paw, {
      shape: paw.shape,
      position: [0, -p.pawDrop + paw.size[1] / 2, paw.forward],
      size: paw.size,
      colour: paw.colour(i),
      finish: paw.finish,
      layer: 1,
    }));
  });
}
