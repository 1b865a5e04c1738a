/**
 * How far back a camera must stand, looking along a given direction at a target, for a set of
 * points to project inside the frame with a margin. Per point, in camera space (x right, y up,
 * z depth = D + p·f), the condition |x| ≤ (D + p·f)·tan(fov/2)·(1 − margin) is linear in D,
 * so the answer is an exact maximum.
 */
import type { Vec3 } from '../../math/vec3.ts';

export interface LookFrame {
  right: Vec3;
  up: Vec3;
  /** From the camera towards the target. */
  forward: Vec3;
}

export function lookFrame(forward: Vec3): LookFrame {
  const f = forward;
  let r: Vec3 = [f[1] * 0 - f[2] * 1, f[2] * 0 - f[0] * 0, f[0] * 1 - f[1] * 0]; // f × up
  let rl = Math.hypot(r[0], r[1], r[2]);
  if (rl < 1e-9) {
    r = [1, 0, 0];
    rl = 1;
  }
  r = [r[0] / rl, r[1] / rl, r[2] / rl];
  const u: Vec3 = [r[1] * f[2] - r[2] * f[1], r[2] * f[0] - r[0] * f[2], r[0] * f[1] - r[1] * f[0]];
  return { right: r, up: u, forward: f };
}

export function fitDistance(points: readonly Vec3[], target: Vec3, forward: Vec3, fovX: number, fovY: number, margin: number, minDistance: number): number {
  const { right, up } = lookFrame(forward);
  const tx = Math.tan(fovX / 2) * (1 - margin);
  const ty = Math.tan(fovY / 2) * (1 - margin);
  let d = minDistance;
  for (const p of points) {
    const q: Vec3 = [p[0] - target[0], p[1] - target[1], p[2] - target[2]];
    const x = q[0] * right[0] + q[1] * right[1] + q[2] * right[2];
    const y = q[0] * up[0] + q[1] * up[1] + q[2] * up[2];
    const z = q[0] * forward[0] + q[1] * forward[1] + q[2] * forward[2];
    d = Math.max(d, Math.abs(x) / tx - z, Math.abs(y) / ty - z);
  }
  return d;
}
