/**
 * How a four-legged animal moves: per-leg swing and fold for each gait, plus body pitch,
 * head and tail. Walks and trots step in diagonal pairs (left fore with right hind); a run is
 * a gallop (hind pair, then fore pair, then a moment of flight).
 *
 * Angles in radians; swing is positive forwards, fold lifts the lower leg (paw backwards).
 */
import type { Gait } from '../../../../timeline/Timeline.ts';
import { cycleBump, keyframes, wrapPhase } from '../rig/shape.ts';

export interface QuadLegMotion {
  swing: number;
  fold: number;
  /** Paw raised straight up (giving a paw), metres as a fraction of the body height. */
  raise: number;
}

export interface QuadrupedMotion {
  /** Body pitch, positive nose down. */
  pitch: number;
  /** Body roll, positive towards +X up. */
  roll: number;
  /** Extra body height as a fraction of the animal's height. */
  lift: number;
  /** 1: lowest paw on the ground; 0: body at standing height (air, water). */
  pinFeet: number;
  headPitch: number;
  headYaw: number;
  /** Tail swing side to side, and how high it is carried (0 low … 1 high). */
  tailWag: number;
  tailLift: number;
  /** Ears pricked (1) or relaxed (0); ears flap while running. */
  earFlap: number;
  /** Mouth open 0..1 (panting). */
  mouthOpen: number;
  breath: number;
  blink: boolean;
  /** [left fore, right fore, left hind, right hind]. */
  legs: [QuadLegMotion, QuadLegMotion, QuadLegMotion, QuadLegMotion];
}

/** Temperament: how fast the tail goes, how lively the head is. */
export interface QuadrupedStyle {
  /** Tail wags per second at rest (dogs fast, cats and horses slow). */
  wagRate: number;
  wagAmount: number;
  stride: number;
}

const TAU = Math.PI * 2;
const still = (): QuadLegMotion => ({ swing: 0, fold: 0, raise: 0 });

function base(time: number, offset: number, style: QuadrupedStyle): QuadrupedMotion {
  const t = time + offset * 13;
  return {
    pitch: 0,
    roll: 0,
    lift: 0,
    pinFeet: 1,
    headPitch: 0.06 * Math.sin((TAU * t) / 5.3),
    headYaw: 0.2 * Math.sin((TAU * t) / 6.7) + 0.08 * Math.sin((TAU * t) / 2.9),
    tailWag: style.wagAmount * Math.sin(TAU * style.wagRate * t),
    tailLift: 0.6,
    earFlap: 0,
    mouthOpen: 0,
    breath: Math.sin((TAU * t) / 2.8),
    blink: (t % 4.7) > 4.58,
    legs: [still(), still(), still(), still()],
  };
}

function step(phase: number, run: boolean, time: number, offset: number, style: QuadrupedStyle): QuadrupedMotion {
  const m = base(time, offset, style);
  const w = TAU * wrapPhase(phase);
  // Phase of each leg's footfall: diagonal pairs when walking, a rotary gallop when running.
  const offsets = run ? [0.5, 0.6, 0.0, 0.1] : [0, 0.5, 0.5, 0];
  const amp = (run ? 0.62 : 0.32) * style.stride;
  m.legs = offsets.map((o, i) => {
    const a = w - TAU * o;
    const front = i < 2;
    return {
      swing: amp * Math.cos(a) + (run && front ? 0.1 : 0),
      fold: (run ? 1.3 : 0.85) * cycleBump(a, 1.35 * Math.PI, 0.55 * Math.PI) * (front ? 1 : 0.8),
      raise: 0,
    };
  }) as QuadrupedMotion['legs'];
  if (run) {
    m.pitch = 0.09 * Math.sin(w + 0.4);
    m.lift = 0.05 * cycleBump(w, 1.55 * Math.PI, 0.45 * Math.PI);
    m.pinFeet = 1;
    m.headPitch = 0.12 * Math.sin(w + 1.2) + 0.15;
    m.headYaw = 0;
    m.tailWag = 0.15 * Math.sin(w * 2);
    m.tailLift = 0.45;
    m.earFlap = 0.5 + 0.5 * Math.sin(w - 1);
    m.mouthOpen = 0.8;
  } else {
    m.pitch = 0.015 * Math.sin(2 * w);
    m.roll = 0.03 * Math.sin(w);
    m.headPitch = 0.05 * Math.sin(2 * w + 0.5) + 0.05;
    m.headYaw *= 0.3;
    m.earFlap = 0.25 + 0.25 * Math.sin(2 * w);
    m.mouthOpen = 0.2;
  }
  return m;
}

/** A leap over one cycle (0 at take-off, 1 on landing): spring, stretch out in the air, land. */
function jump(phase: number, time: number, offset: number, style: QuadrupedStyle): QuadrupedMotion {
  const m = base(time, offset, style);
  const k = (keys: readonly (readonly [number, number])[]): number => keyframes(phase, keys);
  const fore = k([[0, -0.1], [0.12, 0.5], [0.45, 0.9], [0.82, 0.35]]);
  const foreFold = k([[0, 0.3], [0.12, 0.2], [0.45, 1.2], [0.82, 0.1]]);
  const hind = k([[0, 0.3], [0.12, -0.7], [0.45, -0.8], [0.82, 0.1]]);
  const hindFold = k([[0, 0.9], [0.12, 0], [0.45, 0.2], [0.82, 0.3]]);
  m.legs = [
    { swing: fore, fold: foreFold, raise: 0 },
    { swing: fore, fold: foreFold, raise: 0 },
    { swing: hind, fold: hindFold, raise: 0 },
    { swing: hind, fold: hindFold, raise: 0 },
  ];
  m.pitch = k([[0, 0.12], [0.12, -0.3], [0.45, 0], [0.82, 0.25]]);
  m.pinFeet = k([[0, 1], [0.12, 1], [0.25, 0], [0.8, 0], [0.92, 1]]);
  m.lift = k([[0, 0], [0.12, 0], [0.45, 0.04], [0.82, 0]]);
  m.tailLift = 0.9;
  m.earFlap = 1;
  m.mouthOpen = 0.5;
  m.headPitch = -0.1;
  return m;
}

/** Paddling with the head held up. */
function swim(phase: number, time: number, offset: number, style: QuadrupedStyle): QuadrupedMotion {
  const m = base(time, offset, style);
  const w = TAU * wrapPhase(phase);
  m.legs = [0, 0.5, 0.5, 0].map((o, i) => {
    const a = w - TAU * o;
    return { swing: (i < 2 ? 0.55 : 0.35) * Math.cos(a) + (i < 2 ? 0.35 : -0.2), fold: 0.6 + 0.5 * Math.sin(a), raise: 0 };
  }) as QuadrupedMotion['legs'];
  m.pinFeet = 0;
  m.pitch = -0.12;
  m.headPitch = -0.25;
  m.tailWag = 0.3 * Math.sin(w);
  m.tailLift = 0.2;
  m.lift = 0.01 * Math.sin(2 * w);
  return m;
}

/** Greeting: sitting up a little and waving the right fore paw. */
function wave(phase: number, time: number, offset: number, style: QuadrupedStyle): QuadrupedMotion {
  const m = base(time, offset, style);
  const w = TAU * wrapPhase(phase);
  m.legs[1] = { swing: 0.9 + 0.25 * Math.sin(w), fold: 0.7 + 0.3 * Math.sin(w), raise: 0 };
  m.legs[0] = { swing: -0.05, fold: 0, raise: 0 };
  m.pitch = -0.08;
  m.headPitch = -0.15;
  m.headYaw = 0.15;
  m.tailWag = 1.4 * style.wagAmount * Math.sin(TAU * style.wagRate * 1.5 * (time + offset));
  m.tailLift = 0.85;
  m.mouthOpen = 0.6;
  return m;
}

export function quadrupedMotion(gait: Gait, phase: number, time: number, offset: number, style: QuadrupedStyle): QuadrupedMotion {
  switch (gait) {
    case 'walk':
      return step(phase, false, time, offset, style);
    case 'run':
      return step(phase, true, time, offset, style);
    case 'jump':
    case 'fly':
      return gait === 'fly' ? jump(0.5, time, offset, style) : jump(phase, time, offset, style);
    case 'swim':
      return swim(phase, time, offset, style);
    case 'wave':
      return wave(phase, time, offset, style);
    case 'idle':
    default:
      return base(time, offset, style);
  }
}
