/**
 * A camera that follows something: a critically damped spring chases the target, led by the
 * target's own velocity so it does not trail behind steady motion, and smoothing out bounces
 * and jolts. Run once over all frames in order (deterministic), never per frame.
 */
import type { Vec3 } from '../../math/vec3.ts';

/** One step of a critically damped spring towards `goal` (Game Programming Gems 4, "SmoothDamp"). */
export function springStep(current: number, velocity: number, goal: number, smoothTime: number, dt: number): [number, number] {
  const omega = 2 / Math.max(1e-4, smoothTime);
  const x = omega * dt;
  const decay = 1 / (1 + x + 0.48 * x * x + 0.235 * x * x * x);
  const change = current - goal;
  const temp = (velocity + omega * change) * dt;
  const v = (velocity - omega * temp) * decay;
  return [goal + (change + temp) * decay, v];
}

/** Smoothed positions following `track` (one point per frame). */
export function smoothFollow(track: readonly Vec3[], fps: number, smoothTime = 0.3): Vec3[] {
  const dt = 1 / fps;
  const out: Vec3[] = [];
  if (track.length === 0) return out;
  // Start in step with the target: at its position, moving at its velocity.
  const t1 = track[Math.min(1, track.length - 1)]!;
  const pos: [number, number, number] = [track[0]![0], track[0]![1], track[0]![2]];
  const vel: [number, number, number] = track.length > 1 ? [(t1[0] - pos[0]) / dt, (t1[1] - pos[1]) / dt, (t1[2] - pos[2]) / dt] : [0, 0, 0];
  for (let f = 0; f < track.length; f++) {
    const a = track[Math.max(0, f - 1)]!;
    const b = track[Math.min(track.length - 1, f + 1)]!;
    const span = (Math.min(track.length - 1, f + 1) - Math.max(0, f - 1)) * dt || dt;
    const p = track[f]!;
    for (let k = 0; k < 3; k++) {
      const v = (b[k]! - a[k]!) / span;
      // Lead by (about) the steady-state lag, v · smoothTime, so steady motion stays centred.
      const goal = p[k]! + v * smoothTime * 0.95;
      const [np, nv] = f === 0 ? [p[k]!, vel[k]!] : springStep(pos[k]!, vel[k]!, goal, smoothTime, dt);
      pos[k] = np;
      vel[k] = nv;
    }
    out.push([pos[0], pos[1], pos[2]]);
  }
  return out;
}
