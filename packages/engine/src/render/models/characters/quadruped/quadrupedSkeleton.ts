/**
 * The skeleton of a four-legged animal: a body frame carried by four three-segment legs,
 * a neck base and a tail root. Paws stand on the ground (y = -height/2) unless the motion
 * lifts them; the body length runs along Z with the head towards +Z.
 */
import type { Vec3 } from '../../../../math/vec3.ts';
import { chain, pointIn, rotX, rotZ, shiftFrame, type Frame } from '../rig/Frame.ts';
import { mix } from '../rig/shape.ts';
import type { QuadLegMotion, QuadrupedMotion } from './quadrupedMotion.ts';

export interface LegBuild {
  /** Segment lengths, top to bottom (m). */
  lengths: readonly [number, number, number];
  /** Resting segment angles from vertical, forwards positive (rad). */
  rest: readonly [number, number, number];
  /** How a fold bends each segment (fraction of the fold angle; negative = backwards). */
  foldShape: readonly [number, number, number];
}

export interface QuadrupedProportions {
  height: number;
  /** Half the distance between left and right legs. */
  gauge: number;
  /** Z of the shoulders (fore legs) and hips (hind legs) relative to the body centre. */
  shoulderZ: number;
  hipZ: number;
  /** Height of the leg tops above the body centre. */
  legTopY: number;
  fore: LegBuild;
  hind: LegBuild;
  /** Paw sole below the last joint. */
  pawDrop: number;
}

export interface QuadLegFrames {
  /** One frame per segment; each segment hangs along its frame's -Y. */
  joints: [Frame, Frame, Frame];
  /** Paw frame at the end of the leg, level with the body (toes +Z). */
  paw: Frame;
  lengths: readonly [number, number, number];
}

export interface QuadrupedSkeleton {
  /** Body centre, pitched with the gait. */
  body: Frame;
  /** [left fore, right fore, left hind, right hind]. */
  legs: [QuadLegFrames, QuadLegFrames, QuadLegFrames, QuadLegFrames];
}

function leg(body: Frame, p: QuadrupedProportions, build: LegBuild, m: QuadLegMotion, side: 1 | -1, z: number): QuadLegFrames {
  const top = pointIn(body, [side * p.gauge, p.legTopY, z]);
  // Segment angles are absolute from the body's vertical.
  const angles = build.rest.map((r, i) => r + m.swing + m.fold * build.foldShape[i]!) as number[];
  if (m.raise) angles[0] = angles[0]! + m.raise;
  const joints: Frame[] = [];
  let at: Vec3 = top;
  for (let i = 0; i < 3; i++) {
    const f: Frame = { origin: at, rotation: chain(body.rotation, rotZ(side * 0.02), rotX(-angles[i]!)) };
    joints.push(f);
    at = pointIn(f, [0, -build.lengths[i]!, 0]);
  }
  const paw: Frame = { origin: at, rotation: body.rotation };
  return { joints: joints as [Frame, Frame, Frame], paw, lengths: build.lengths };
}

function build(p: QuadrupedProportions, m: QuadrupedMotion, y: number): QuadrupedSkeleton {
  const body: Frame = { origin: [0, y, 0], rotation: chain(rotX(m.pitch), rotZ(m.roll)) };
  return {
    body,
    legs: [
      leg(body, p, p.fore, m.legs[0], 1, p.shoulderZ),
      leg(body, p, p.fore, m.legs[1], -1, p.shoulderZ),
      leg(body, p, p.hind, m.legs[2], 1, p.hipZ),
      leg(body, p, p.hind, m.legs[3], -1, p.hipZ),
    ],
  };
}

function restReach(b: LegBuild): number {
  return b.lengths.reduce((sum, l, i) => sum + l * Math.cos(b.rest[i]!), 0);
}

/** Where the sole of a paw touches the ground. */
export function pawSole(leg: QuadLegFrames, p: QuadrupedProportions): Vec3 {
  return pointIn(leg.paw, [0, -p.pawDrop, 0]);
}

export function quadrupedSkeleton(p: QuadrupedProportions, m: QuadrupedMotion): QuadrupedSkeleton {
  const ground = -p.height / 2;
  const draft = build(p, m, 0);
  let lowest = Infinity;
  for (const l of draft.legs) lowest = Math.min(lowest, pawSole(l, p)[1]);
  const standing = ground + p.pawDrop + Math.max(restReach(p.fore), restReach(p.hind)) - p.legTopY;
  const y = mix(standing, ground - lowest, m.pinFeet) + m.lift * p.height;
  const by: Vec3 = [0, y, 0];
  const sh = (f: Frame): Frame => shiftFrame(f, by);
  return {
    body: sh(draft.body),
    legs: draft.legs.map((l) => ({ joints: l.joints.map(sh) as [Frame, Frame, Frame], paw: sh(l.paw), lengths: l.lengths })) as QuadrupedSkeleton['legs'],
  };
}
