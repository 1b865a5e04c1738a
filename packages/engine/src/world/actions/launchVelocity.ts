/**
 * Starting velocities for the actions that set a body in motion. Pure functions of the
 * geometry, using only arithmetic and square roots so the initial conditions handed to the
 * physics engine are identical on every machine.
 */
import type { Vec3 } from '../../math/vec3.ts';

export const DEFAULT_THROW_SPEED = 6;
export const DEFAULT_PUSH_SPEED = 2;
export const DEFAULT_ROLL_SPEED = 2;
export const DEFAULT_BOUNCE_PUSH = 1.5;
/** How far a slide should carry an object when the plan gives no speed (m). */
export const DEFAULT_SLIDE_DISTANCE = 1.5;

function norm(v: Vec3): Vec3 {
  const l = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
  return l > 1e-12 ? [v[0] / l, v[1] / l, v[2] / l] : [1, 0, 0];
}

/**
 * A throw from `from` landing on `to` along an arc whose top is `apexHeight` above the
 * higher of the two points (default: a third of the distance, at least 0.5 m). Without
 * gravity the object flies straight at `speed`.
 */
export function throwAtTarget(from: Vec3, to: Vec3, gravity: number, speed: number | undefined, apexHeight: number | undefined): Vec3 {
  const dx = to[0] - from[0], dy = to[1] - from[1], dz = to[2] - from[2];
  const horizontal = Math.sqrt(dx * dx + dz * dz);
  if (gravity <= 0) {
    const d = norm([dx, dy, dz]);
    const s = speed ?? DEFAULT_THROW_SPEED;
    return [d[0] * s, d[1] * s, d[2] * s];
  }
  const rise = apexHeight ?? Math.max(0.5, horizontal / 3);
  const apex = Math.max(from[1], to[1]) + rise;
  const up = Math.sqrt(2 * gravity * (apex - from[1]));
  const tUp = up / gravity;
  const tDown = Math.sqrt((2 * (apex - to[1])) / gravity);
  const t = tUp + tDown;
  if (horizontal < 1e-9) return [0, up, 0];
  return [dx / t, up, dz / t];
}

/**
 * A throw along a direction. A direction that does not point upwards gets lifted so the
 * object leaves on an arc (about 27° up) when there is gravity; `apexHeight` overrides the
 * vertical speed so the arc rises exactly that far.
 */
export function throwAlong(direction: Vec3 | undefined, gravity: number, speed: number | undefined, apexHeight: number | undefined): Vec3 {
  let d = norm(direction ?? [1, 0, 0]);
  if (gravity > 0 && d[1] < 0.2) d = norm([d[0], 0, d[2]].every((c) => c === 0) ? [1, 0.5, 0] : [d[0], 0.5 * Math.sqrt(d[0] * d[0] + d[2] * d[2]), d[2]]);
  const s = speed ?? DEFAULT_THROW_SPEED;
  const v: [number, number, number] = [d[0] * s, d[1] * s, d[2] * s];
  if (apexHeight !== undefined && gravity > 0) v[1] = Math.sqrt(2 * gravity * apexHeight);
  return v;
}

/** Rolling without slipping: v along the ground, ω = (up × v) / r. */
export function rollingSpin(velocity: Vec3, radius: number): Vec3 {
  // up × v = (0,1,0) × (vx,vy,vz) = (vz, 0, −vx)
  return [velocity[2] / radius, 0, -velocity[0] / radius];
}

/**
 * Speed that carries a sliding object `distance` metres before friction stops it
 * (v² = 2 μ g d); without gravity friction does nothing, so a gentle 1 m/s.
 */
export function slideSpeed(friction: number, gravity: number, distance = DEFAULT_SLIDE_DISTANCE): number {
  if (gravity <= 0) return 1;
  return Math.sqrt(2 * friction * gravity * distance);
}

/** Upward speed that lifts a body `height` metres (v² = 2 g h). */
export function jumpSpeed(gravity: number, height: number): number {
  return Math.sqrt(2 * Math.max(gravity, 0) * height);
}

/**
 * Tipping a standing object over its edge towards horizontal direction (dx, dz): the spin
 * that lifts its centre over the edge with some margin, as angular velocity about the
 * centre plus the matching velocity of the centre around the edge.
 * `halfWidth` is the distance from the centre to the edge along the direction, `halfHeight`
 * the height of the centre above the base.
 */
export function toppleMotion(dx: number, dz: number, halfWidth: number, halfHeight: number, gravity: number): { linvel: Vec3; angvel: Vec3 } {
  const a = halfWidth, b = halfHeight;
  const diagonal = Math.sqrt(a * a + b * b);
  // Moment of inertia of a uniform block about its bottom edge, per unit mass.
  const inertia = (4 * (a * a + b * b)) / 3;
  const g = gravity > 0 ? gravity : 9.81;
  const needed = Math.sqrt((2 * g * (diagonal - b)) / inertia);
  const omega = 1.35 * needed + (gravity > 0 ? 0 : 0.5);
  // Axis ŷ × d̂ = (dz, 0, −dx) tips the top towards d̂.
  const k: Vec3 = [dz * omega, 0, -dx * omega];
  // Centre relative to the pivot edge: r = −d̂ a + ŷ b; v = ω × r.
  const rx = -dx * a, ry = b, rz = -dz * a;
  const linvel: Vec3 = [k[1] * rz - k[2] * ry, k[2] * rx - k[0] * rz, k[0] * ry - k[1] * rx];
  return { linvel, angvel: k };
}
