/**
 * Projection of world geometry for backgrounds: polygons clipped at the camera's near plane,
 * and directions at infinity (sun, moon, stars), which only turn with the camera.
 */
import type { ViewBasis } from '../../../math/projectPoint.ts';
import type { Vec3 } from '../../../math/vec3.ts';

export const BACKGROUND_NEAR = 0.1;

/** Screen position of a direction at infinity; null when it is behind the camera. */
export function projectDirection(basis: ViewBasis, d: Vec3): { x: number; y: number } | null {
  const { right, up, forward, focal, cx, cy } = basis;
  const z = d[0] * forward[0] + d[1] * forward[1] + d[2] * forward[2];
  if (z <= 1e-4) return null;
  const x = d[0] * right[0] + d[1] * right[1] + d[2] * right[2];
  const y = d[0] * up[0] + d[1] * up[1] + d[2] * up[2];
  return { x: cx + (focal * x) / z, y: cy - (focal * y) / z };
}

/** Camera-space x, y, depth of a world point (inlined for speed). */
export function viewOf(basis: ViewBasis, x: number, y: number, z: number, out: number[]): void {
  const dx = x - basis.eye[0];
  const dy = y - basis.eye[1];
  const dz = z - basis.eye[2];
  const { right: r, up: u, forward: f } = basis;
  out[0] = dx * r[0] + dy * r[1] + dz * r[2];
  out[1] = dx * u[0] + dy * u[1] + dz * u[2];
  out[2] = dx * f[0] + dy * f[1] + dz * f[2];
}

/**
 * Project a world polygon (flat list x, y, z, x, y, z, …) to screen points [x, y, x, y, …],
 * clipped where it crosses the near plane. Returns an empty list when it is all behind.
 */
export function projectPolygon(basis: ViewBasis, pts: readonly number[]): number[] {
  const n = pts.length / 3;
  if (scratch.length < pts.length) scratch = new Float64Array(pts.length * 2);
  const view = scratch;
  const { right: r, up: u, forward: f, eye: e, focal, cx, cy } = basis;
  let behind = 0;
  for (let i = 0; i < n; i++) {
    const dx = pts[i * 3]! - e[0];
    const dy = pts[i * 3 + 1]! - e[1];
    const dz = pts[i * 3 + 2]! - e[2];
    const z = dx * f[0] + dy * f[1] + dz * f[2];
    view[i * 3] = dx * r[0] + dy * r[1] + dz * r[2];
    view[i * 3 + 1] = dx * u[0] + dy * u[1] + dz * u[2];
    view[i * 3 + 2] = z;
    if (z < BACKGROUND_NEAR) behind++;
  }
  if (behind === n) return [];
  const out: number[] = [];
  if (behind === 0) {
    for (let i = 0; i < n; i++) {
      const z = view[i * 3 + 2]!;
      out.push(cx + (focal * view[i * 3]!) / z, cy - (focal * view[i * 3 + 1]!) / z);
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const ax = view[i * 3]!, ay = view[i * 3 + 1]!, az = view[i * 3 + 2]!;
    const bx = view[j * 3]!, by = view[j * 3 + 1]!, bz = view[j * 3 + 2]!;
    const ain = az >= BACKGROUND_NEAR;
    const bin = bz >= BACKGROUND_NEAR;
    if (ain) out.push(cx + (focal * ax) / az, cy - (focal * ay) / az);
    if (ain !== bin) {
      const t = (BACKGROUND_NEAR - az) / (bz - az);
      out.push(cx + (focal * (ax + (bx - ax) * t)) / BACKGROUND_NEAR, cy - (focal * (ay + (by - ay) * t)) / BACKGROUND_NEAR);
    }
  }
  return out;
}

let scratch = new Float64Array(96);

/**
 * Project an open polyline, cut into the runs that are in front of the camera.
 * Each run is [x, y, x, y, …] with at least two points.
 */
export function projectPolyline(basis: ViewBasis, pts: readonly number[]): number[][] {
  const n = pts.length / 3;
  const runs: number[][] = [];
  let run: number[] = [];
  const v = [0, 0, 0];
  const prev = [0, 0, 0];
  const { focal, cx, cy } = basis;
  for (let i = 0; i < n; i++) {
    viewOf(basis, pts[i * 3]!, pts[i * 3 + 1]!, pts[i * 3 + 2]!, v);
    const inside = v[2]! >= BACKGROUND_NEAR;
    if (i > 0) {
      const prevInside = prev[2]! >= BACKGROUND_NEAR;
      if (inside !== prevInside) {
        const t = (BACKGROUND_NEAR - prev[2]!) / (v[2]! - prev[2]!);
        const x = prev[0]! + (v[0]! - prev[0]!) * t;
        const y = prev[1]! + (v[1]! - prev[1]!) * t;
        run.push(cx + (focal * x) / BACKGROUND_NEAR, cy - (focal * y) / BACKGROUND_NEAR);
        if (!inside) {
          if (run.length >= 4) runs.push(run);
          run = [];
        }
      }
    }
    if (inside) run.push(cx + (focal * v[0]!) / v[2]!, cy - (focal * v[1]!) / v[2]!);
    prev[0] = v[0]!;
    prev[1] = v[1]!;
    prev[2] = v[2]!;
  }
  if (run.length >= 4) runs.push(run);
  return runs;
}
