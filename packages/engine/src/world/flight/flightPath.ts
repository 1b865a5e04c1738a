/**
 * Where a flier (bird, drone, airplane, balloon) is at a moment of its flight: it climbs
 * smoothly from where it started to its cruising height, speeds up along its heading, and
 * bobs gently. A closed-form function of time, so the path is exact and identical every run;
 * the body follows it kinematically (it still pushes what it flies into).
 */
import type { Vec3 } from '../../math/vec3.ts';
import { detSin } from '../math/deterministicTrig.ts';

export interface FlightPlan {
  start: number;
  /** Seconds of flight; afterwards the flier hovers where the flight ended. */
  duration: number;
  /** Centre at take-off. */
  from: Vec3;
  /** Cruising height of the centre. */
  cruiseY: number;
  /** Horizontal unit heading (x, z). */
  heading: [number, number];
  speed: number;
  /** Extra constant drift (wind for balloons), m/s. */
  drift: Vec3;
  /** Seconds to climb to cruising height. */
  climbTime: number;
  bobAmplitude: number;
  bobRate: number;
}

const TAU = 2 * Math.PI;
const SPEED_UP = 0.8;

function smoothstep(u: number): number {
  const c = u <= 0 ? 0 : u >= 1 ? 1 : u;
  return c * c * (3 - 2 * c);
}

/** Distance travelled after τ seconds, easing in over SPEED_UP seconds. */
function travelled(tau: number, speed: number): number {
  if (tau <= 0) return 0;
  if (tau < SPEED_UP) return (speed * tau * tau) / (2 * SPEED_UP);
  return speed * (tau - SPEED_UP / 2);
}

/** Centre of the flier at time t (before its start it waits at `from`). */
export function flightPosition(plan: FlightPlan, t: number): Vec3 {
  const tau = Math.max(0, t - plan.start);
  const flown = Math.min(tau, plan.duration);
  const s = travelled(flown, plan.speed);
  const climb = smoothstep(flown / plan.climbTime);
  const bob = plan.bobAmplitude * detSin(TAU * plan.bobRate * tau) * smoothstep(tau / plan.climbTime);
  return [
    plan.from[0] + plan.heading[0] * s + plan.drift[0] * flown,
    plan.from[1] + (plan.cruiseY - plan.from[1]) * climb + bob + plan.drift[1] * flown,
    plan.from[2] + plan.heading[1] * s + plan.drift[2] * flown,
  ];
}
