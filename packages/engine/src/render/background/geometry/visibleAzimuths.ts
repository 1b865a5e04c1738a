/**
 * Which part of a ring of scenery around the scene the camera can see: the range of angles
 * (radians, 0 = straight into the scene along −z, positive to the right) on a circle of the
 * given radius around the origin that fall inside the frame, plus a margin.
 */
import type { ViewBasis } from '../../../math/projectPoint.ts';
import { rayThrough, type Horizon } from './horizon.ts';

export interface AzimuthRange {
  from: number;
  to: number;
}

/** Where the horizontal ray from the eye in direction (dx, dz) meets the circle: its angle, or NaN. */
export function ringAngleOfRay(ex: number, ez: number, dx: number, dz: number, radius: number): number {
  const l = Math.hypot(dx, dz);
  if (l < 1e-12) return Number.NaN;
  const ux = dx / l;
  const uz = dz / l;
  const b = ex * ux + ez * uz;
  const c = ex * ex + ez * ez - radius * radius;
  const disc = b * b - c;
  if (disc < 0) return Number.NaN;
  const s = -b + Math.sqrt(disc);
  if (s <= 0) return Number.NaN;
  return Math.atan2(ex + ux * s, -(ez + uz * s));
}

export function visibleAzimuths(
  basis: ViewBasis,
  h: Horizon,
  width: number,
  height: number,
  radius: number,
  margin = 0.12,
): AzimuthRange | null {
  if (!h.valid) return h.allSky ? { from: -Math.PI, to: Math.PI } : null;
  const corners = [0, 0, width, 0, width, height, 0, height];
  let uMin = Infinity;
  let uMax = -Infinity;
  let vMax = -Infinity;
  for (let i = 0; i < 8; i += 2) {
    const dx = corners[i]! - h.x0;
    const dy = corners[i + 1]! - h.y0;
    const u = dx * h.tx + dy * h.ty;
    const v = dx * h.nx + dy * h.ny;
    uMin = Math.min(uMin, u);
    uMax = Math.max(uMax, u);
    vMax = Math.max(vMax, v);
  }
  // The whole frame is below the horizon: rings stand above it and are out of view.
  if (vMax < -2) return null;
  const ex = basis.eye[0];
  const ez = basis.eye[2];
  const samples = 6;
  let base = Number.NaN;
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i <= samples; i++) {
    const u = uMin + ((uMax - uMin) * i) / samples;
    const d = rayThrough(basis, h.x0 + h.tx * u, h.y0 + h.ty * u);
    let a = ringAngleOfRay(ex, ez, d[0], d[2], radius);
    if (Number.isNaN(a)) continue;
    if (Number.isNaN(base)) base = a;
    while (a - base > Math.PI) a -= Math.PI * 2;
    while (a - base < -Math.PI) a += Math.PI * 2;
    from = Math.min(from, a);
    to = Math.max(to, a);
  }
  if (!Number.isFinite(from)) return null;
  return { from: from - margin, to: to + margin };
}
