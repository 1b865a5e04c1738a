/**
 * How a two-legged character moves: joint angles for each gait and phase. Pure numbers —
 * the skeleton (bipedSkeleton.ts) turns them into frames and each model dresses the frames.
 *
 * Angles in radians. Leg swing and arm swing are positive forwards; knee bend moves the foot
 * backwards, elbow bend moves the hand forwards; footPitch is positive toes-down.
 */
import type { Gait } from '../../../../timeline/Timeline.ts';
import { cycleBump, keyframes, mix, wrapPhase } from '../rig/shape.ts';

export interface LegAngles {
  swing: number;
  /** Outwards from the body (both sides positive). */
  spread: number;
  knee: number;
  footPitch: number;
}

export interface ArmAngles {
  swing: number;
  /** Sideways raise, outwards from the body (both sides positive). */
  raise: number;
  elbow: number;
  /** Forearm turned sideways at the elbow, outwards positive (waving). */
  elbowSide: number;
  /** Hand held open and flat (waving) rather than relaxed. */
  open: boolean;
}

export interface BipedMotion {
  /** Upper body pitch forwards. */
  lean: number;
  /** Roll of the hips (weight shift), positive towards the character's left (+X up). */
  sway: number;
  /** Chest turned against the hips (yaw). */
  twist: number;
  headPitch: number;
  headYaw: number;
  headRoll: number;
  /** Breathing, -1..1 (chest slightly fuller at 1). */
  breath: number;
  /** Extra height of the body as a fraction of the character's height (flight, jumps). */
  lift: number;
  /** 1: the lowest foot stands on the ground; 0: the body hangs at standing height (air, water). */
  pinFeet: number;
  /** [left, right]; left is the character's left (+X). */
  legs: [LegAngles, LegAngles];
  arms: [ArmAngles, ArmAngles];
}

/** Differences in temperament between bipeds (a robot is stiffer, a person looser). */
export interface BipedStyle {
  stride: number;
  armSwing: number;
  knee: number;
  /** How much idle motion (breathing, looking around) shows. */
  liveliness: number;
}

export const HUMAN_STYLE: BipedStyle = { stride: 1, armSwing: 1, knee: 1, liveliness: 1 };

const TAU = Math.PI * 2;

function restLeg(): LegAngles {
  return { swing: 0, spread: 0.03, knee: 0.04, footPitch: 0 };
}

function restArm(): ArmAngles {
  return { swing: 0.02, raise: 0.1, elbow: 0.18, elbowSide: 0, open: false };
}

/** Standing still: breathing, a slow weight shift and the occasional glance. */
function idle(time: number, offset: number, style: BipedStyle): BipedMotion {
  const t = time + offset * 17;
  const live = style.liveliness;
  const breath = Math.sin((TAU * t) / 3.6);
  const sway = 0.025 * live * Math.sin((TAU * t) / 6.1);
  const glance = Math.sin((TAU * t) / 7.3) + 0.4 * Math.sin((TAU * t) / 3.1 + 1.3);
  const legs: [LegAngles, LegAngles] = [restLeg(), restLeg()];
  legs[0].spread += sway * 0.8;
  legs[1].spread -= sway * 0.8;
  const arms: [ArmAngles, ArmAngles] = [restArm(), restArm()];
  for (const [i, arm] of arms.entries()) {
    arm.swing += 0.03 * live * Math.sin((TAU * t) / 4.4 + i * 1.7);
    arm.raise += 0.015 * live * breath;
  }
  return {
    lean: 0.01 * breath * live,
    sway,
    twist: 0.02 * live * Math.sin((TAU * t) / 8.3),
    headPitch: -0.02 + 0.03 * live * Math.sin((TAU * t) / 5.2),
    headYaw: 0.16 * live * glance,
    headRoll: 0.03 * live * Math.sin((TAU * t) / 6.7 + 0.5),
    breath,
    lift: 0,
    pinFeet: 1,
    legs,
    arms,
  };
}

/** Walking (run = false) or running: phase 0 is the left heel striking the ground. */
function stride(phase: number, run: boolean, style: BipedStyle): BipedMotion {
  const w = TAU * wrapPhase(phase);
  const leg = (a: number): LegAngles => {
    if (run) {
      return {
        swing: style.stride * (0.12 + 0.62 * Math.cos(a)),
        spread: 0.02,
        knee: style.knee * (0.3 + 0.35 * cycleBump(a, 0.2 * Math.PI, 0.35 * Math.PI) + 1.75 * cycleBump(a, 1.35 * Math.PI, 0.6 * Math.PI)),
        footPitch: -0.15 * cycleBump(a, 0, 0.3 * Math.PI) + 0.65 * cycleBump(a, 0.85 * Math.PI, 0.35 * Math.PI) + 0.35 * cycleBump(a, 1.3 * Math.PI, 0.35 * Math.PI),
      };
    }
    return {
      swing: style.stride * (0.03 + 0.38 * Math.cos(a)),
      spread: 0.03,
      knee: style.knee * (0.06 + 0.14 * cycleBump(a, 0.15 * Math.PI, 0.3 * Math.PI) + 1.0 * cycleBump(a, 1.3 * Math.PI, 0.5 * Math.PI)),
      footPitch: -0.2 * cycleBump(a, 0, 0.3 * Math.PI) + 0.55 * cycleBump(a, 0.9 * Math.PI, 0.3 * Math.PI) + 0.15 * cycleBump(a, 1.3 * Math.PI, 0.3 * Math.PI),
    };
  };
  const arm = (a: number): ArmAngles => ({
    // Arms swing against the leg on the same side.
    swing: style.armSwing * (run ? 0.1 - 0.65 * Math.cos(a) : 0.04 - 0.32 * Math.cos(a)),
    raise: run ? 0.16 : 0.1,
    elbow: run ? 1.45 + 0.2 * Math.sin(a) : 0.3 + 0.2 * Math.max(0, -Math.cos(a)),
    elbowSide: 0,
    open: false,
  });
  return {
    lean: run ? 0.2 : 0.05,
    sway: 0.025 * Math.sin(w) * (run ? 0.5 : 1),
    twist: (run ? 0.14 : 0.08) * Math.cos(w),
    headPitch: run ? -0.12 : -0.03,
    headYaw: 0,
    headRoll: 0,
    breath: 0,
    // A running body floats a little between steps.
    lift: run ? 0.03 * Math.max(0, Math.sin(2 * w - 0.6 * Math.PI)) : 0,
    pinFeet: 1,
    legs: [leg(w), leg(w + Math.PI)],
    arms: [arm(w), arm(w + Math.PI)],
  };
}

/**
 * A jump over one cycle, as the world times it (0 at take-off, 1 on landing): springing up
 * from a crouch (0 → 0.12), tucked in the air (0.45), reaching for the ground (0.82),
 * landing in a crouch (1 = 0).
 */
function jump(phase: number): BipedMotion {
  const k = (keys: readonly (readonly [number, number])[]): number => keyframes(phase, keys);
  const swing = k([[0, 0.95], [0.12, -0.05], [0.45, 1.35], [0.82, 0.35]]);
  const knee = k([[0, 1.75], [0.12, 0.05], [0.45, 2.1], [0.82, 0.35]]);
  const footPitch = k([[0, 0], [0.12, 0.7], [0.45, 0.45], [0.82, 0.1]]);
  const armSwing = k([[0, -0.75], [0.12, 2.7], [0.45, 1.4], [0.82, 1.1]]);
  const elbow = k([[0, 0.3], [0.12, 0.2], [0.45, 0.9], [0.82, 0.4]]);
  const legs: [LegAngles, LegAngles] = [0, 1].map(() => ({ swing, spread: 0.08, knee, footPitch })) as [LegAngles, LegAngles];
  const arms: [ArmAngles, ArmAngles] = [0, 1].map(() => ({ swing: armSwing, raise: 0.25, elbow, elbowSide: 0, open: false })) as [ArmAngles, ArmAngles];
  return {
    lean: k([[0, 0.5], [0.12, -0.05], [0.45, 0.25], [0.82, 0.1]]),
    sway: 0,
    twist: 0,
    headPitch: k([[0, -0.25], [0.12, -0.15], [0.45, 0], [0.82, 0.1]]),
    headYaw: 0,
    headRoll: 0,
    breath: 0,
    lift: 0,
    pinFeet: k([[0, 1], [0.12, 1], [0.25, 0], [0.8, 0], [0.92, 1]]),
    legs,
    arms,
  };
}

/** Waving with the right hand; the rest of the body idles. */
function wave(phase: number, time: number, offset: number, style: BipedStyle): BipedMotion {
  const base = idle(time, offset, style);
  const w = TAU * wrapPhase(phase);
  base.arms[1] = {
    swing: 0.3,
    raise: 1.95,
    elbow: 0.25,
    elbowSide: 1.05 + 0.38 * Math.sin(w),
    open: true,
  };
  base.headRoll += 0.06;
  base.headYaw = 0.05 * base.headYaw;
  base.headPitch -= 0.04;
  base.sway -= 0.015;
  return base;
}

/** Flying like a superhero: leaning into the air, one fist forwards, legs trailing. */
function fly(phase: number, time: number): BipedMotion {
  const w = TAU * wrapPhase(phase);
  const flutter = Math.sin(w);
  const hover = Math.sin((TAU * time) / 2.4);
  return {
    lean: 0.45,
    sway: 0.03 * hover,
    twist: 0,
    headPitch: -0.4,
    headYaw: 0,
    headRoll: 0,
    breath: 0,
    lift: 0.02 * hover,
    pinFeet: 0,
    legs: [
      { swing: -0.35 + 0.06 * flutter, spread: 0.04, knee: 0.25 + 0.1 * flutter, footPitch: 0.9 },
      { swing: -0.2 - 0.06 * flutter, spread: 0.04, knee: 0.55 - 0.1 * flutter, footPitch: 0.9 },
    ],
    arms: [
      { swing: -0.25, raise: 0.35, elbow: 0.25, elbowSide: 0, open: true },
      { swing: 2.75, raise: 0.05, elbow: 0.05, elbowSide: 0, open: false },
    ],
  };
}

/** Treading water: arms sculling in front, legs kicking. */
function swim(phase: number): BipedMotion {
  const w = TAU * wrapPhase(phase);
  const legs: [LegAngles, LegAngles] = [0, 1].map((i) => {
    const a = w + i * Math.PI;
    return { swing: 0.25 * Math.sin(a), spread: 0.08, knee: 0.5 + 0.3 * Math.sin(a + 1), footPitch: 0.6 };
  }) as [LegAngles, LegAngles];
  const arms: [ArmAngles, ArmAngles] = [0, 1].map(() => ({
    swing: 1.1,
    raise: mix(0.4, 0.95, 0.5 + 0.5 * Math.sin(w)),
    elbow: 0.5,
    elbowSide: 0,
    open: true,
  })) as [ArmAngles, ArmAngles];
  return {
    lean: 0.15,
    sway: 0,
    twist: 0,
    headPitch: -0.1,
    headYaw: 0,
    headRoll: 0,
    breath: 0,
    lift: 0.015 * Math.sin(2 * w),
    pinFeet: 0,
    legs,
    arms,
  };
}

/**
 * Joint angles for a gait. `offset` (0..1, from the entity id) keeps several characters from
 * breathing and glancing in lockstep.
 */
export function bipedMotion(gait: Gait, phase: number, time: number, offset: number, style: BipedStyle = HUMAN_STYLE): BipedMotion {
  switch (gait) {
    case 'walk':
      return stride(phase, false, style);
    case 'run':
      return stride(phase, true, style);
    case 'jump':
      return jump(phase);
    case 'wave':
      return wave(phase, time, offset, style);
    case 'fly':
      return fly(phase, time);
    case 'swim':
      return swim(phase);
    case 'idle':
    default:
      return idle(time, offset, style);
  }
}
