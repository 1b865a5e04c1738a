/**
 * The skeleton of a two-legged character posed by a BipedMotion: joint frames from the hips
 * down to the feet and up to the head, standing with the lowest sole on the ground
 * (y = -height/2) unless the motion lifts the feet (air, water).
 */
import type { Vec3 } from '../../../../math/vec3.ts';
import { chain, childFrame, pointIn, rotX, rotY, rotZ, shiftFrame, type Frame } from '../rig/Frame.ts';
import { mix } from '../rig/shape.ts';
import type { ArmAngles, BipedMotion, LegAngles } from './bipedMotion.ts';

/** Body measurements in metres at the character's actual size. */
export interface BipedProportions {
  /** Ground to top of the head. */
  height: number;
  hipHalfWidth: number;
  thigh: number;
  shin: number;
  /** Ankle joint above the sole. */
  ankle: number;
  footLength: number;
  /** How far the heel reaches behind the ankle. */
  heelBack: number;
  /** Hip line to shoulder line. */
  spine: number;
  shoulderHalfWidth: number;
  upperArm: number;
  forearm: number;
  /** Shoulder line to the centre of the head. */
  neck: number;
}

export interface LegFrames {
  /** Thigh hangs from here along -Y. */
  hip: Frame;
  /** Shin hangs from here along -Y. */
  knee: Frame;
  /** Foot frame at the ankle, level with the hips (toes +Z), sole at y = -ankle. */
  foot: Frame;
}

export interface ArmFrames {
  shoulder: Frame;
  elbow: Frame;
  /** Hand hangs from here along -Y. */
  wrist: Frame;
  open: boolean;
}

export interface BipedSkeleton {
  /** Hip line centre; Y up the spine before the lean. */
  hips: Frame;
  /** Shoulder line centre. */
  chest: Frame;
  /** Centre of the head; face towards +Z. */
  head: Frame;
  /** [left (+X), right (-X)]. */
  legs: [LegFrames, LegFrames];
  arms: [ArmFrames, ArmFrames];
  breath: number;
}

const SIDES = [1, -1] as const;

function legFrames(hips: Frame, p: BipedProportions, a: LegAngles, side: 1 | -1): LegFrames {
  const hip = childFrame(hips, [side * p.hipHalfWidth, 0, 0], chain(rotZ(side * a.spread), rotX(-a.swing)));
  const knee = childFrame(hip, [0, -p.thigh, 0], rotX(a.knee));
  const ankle = pointIn(knee, [0, -p.shin, 0]);
  const foot: Frame = { origin: ankle, rotation: chain(hips.rotation, rotX(a.footPitch)) };
  return { hip, knee, foot };
}

function armFrames(chest: Frame, p: BipedProportions, a: ArmAngles, side: 1 | -1): ArmFrames {
  const shoulder = childFrame(chest, [side * p.shoulderHalfWidth, 0, 0], chain(rotZ(side * a.raise), rotX(-a.swing)));
  const elbow = childFrame(shoulder, [0, -p.upperArm, 0], chain(rotZ(side * a.elbowSide), rotX(-a.elbow)));
  const wrist = childFrame(elbow, [0, -p.forearm, 0]);
  return { shoulder, elbow, wrist, open: a.open };
}

function build(p: BipedProportions, m: BipedMotion, hipY: number): BipedSkeleton {
  const hips: Frame = { origin: [0, hipY, 0], rotation: chain(rotZ(m.sway), rotY(-m.twist * 0.5)) };
  const chest = childFrame(childFrame(hips, [0, 0, 0], rotX(m.lean)), [0, p.spine, 0], rotY(m.twist));
  const head = childFrame(chest, [0, p.neck, 0], chain(rotY(m.headYaw), rotX(m.headPitch), rotZ(m.headRoll)));
  return {
    hips,
    chest,
    head,
    legs: [legFrames(hips, p, m.legs[0], SIDES[0]), legFrames(hips, p, m.legs[1], SIDES[1])],
    arms: [armFrames(chest, p, m.arms[0], SIDES[0]), armFrames(chest, p, m.arms[1], SIDES[1])],
    breath: m.breath,
  };
}

/** Heel and toe of a foot, on its sole. */
export function soleContacts(leg: LegFrames, p: BipedProportions): [Vec3, Vec3] {
  return [pointIn(leg.foot, [0, -p.ankle, -p.heelBack]), pointIn(leg.foot, [0, -p.ankle, p.footLength - p.heelBack])];
}

function shift(s: BipedSkeleton, dy: number): BipedSkeleton {
  const by: Vec3 = [0, dy, 0];
  const leg = (l: LegFrames): LegFrames => ({ hip: shiftFrame(l.hip, by), knee: shiftFrame(l.knee, by), foot: shiftFrame(l.foot, by) });
  const arm = (a: ArmFrames): ArmFrames => ({ shoulder: shiftFrame(a.shoulder, by), elbow: shiftFrame(a.elbow, by), wrist: shiftFrame(a.wrist, by), open: a.open });
  return {
    hips: shiftFrame(s.hips, by),
    chest: shiftFrame(s.chest, by),
    head: shiftFrame(s.head, by),
    legs: [leg(s.legs[0]), leg(s.legs[1])],
    arms: [arm(s.arms[0]), arm(s.arms[1])],
    breath: s.breath,
  };
}

/** Pose the skeleton inside a character whose origin is its centre and whose soles rest at -height/2. */
export function bipedSkeleton(p: BipedProportions, m: BipedMotion): BipedSkeleton {
  const ground = -p.height / 2;
  const draft = build(p, m, 0);
  let lowest = Infinity;
  for (const leg of draft.legs) for (const c of soleContacts(leg, p)) lowest = Math.min(lowest, c[1]);
  const standing = ground + p.thigh + p.shin + p.ankle;
  const pinned = ground - lowest;
  const hipY = mix(standing, pinned, m.pinFeet) + m.lift * p.height;
  return shift(draft, hipY);
}
