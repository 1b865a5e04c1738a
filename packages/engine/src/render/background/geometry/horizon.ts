/**
 * Where the ground plane meets the sky on screen for a camera. The horizon is the vanishing
 * line of the plane y = 0: it follows the camera's tilt (pitch), pan and roll exactly.
 */
import type { ViewBasis } from '../../../math/projectPoint.ts';

export interface Horizon {
  /** False when the camera looks straight up or down and the horizon is off at infinity. */
  valid: boolean;
  /** The point of the horizon line nearest the screen centre (pixels). */
  x0: number;
  y0: number;
  /** Unit vector along the horizon, pointing to the screen's right. */
  tx: number;
  ty: number;
  /** Unit normal pointing into the sky (up on screen for an upright camera). */
  nx: number;
  ny: number;
  /** When invalid: whether the whole screen shows sky (looking up) rather than ground. */
  allSky: boolean;
}

export function horizonOf(basis: ViewBasis): Horizon {
  const { right, up, forward, focal, cx, cy } = basis;
  // Height (world y) of the ray through pixel (x, y): forward·f + right·(x−cx) − up·(y−cy).
  const gx = right[1];
  const gy = -up[1];
  const g = Math.hypot(gx, gy);
  if (g < 1e-6) {
    return { valid: false, x0: cx, y0: cy, tx: 1, ty: 0, nx: 0, ny: -1, allSky: forward[1] > 0 };
  }
  const nx = gx / g;
  const ny = gy / g;
  const s = (-forward[1] * focal) / g;
  return { valid: true, x0: cx + nx * s, y0: cy + ny * s, tx: -ny, ty: nx, nx, ny, allSky: false };
}

/** Signed distance (pixels) of a screen point above the horizon (negative below). */
export function heightAboveHorizon(h: Horizon, x: number, y: number): number {
  return (x - h.x0) * h.nx + (y - h.y0) * h.ny;
}

/** World ray direction (not normalised) through a pixel. */
export function rayThrough(basis: ViewBasis, x: number, y: number): [number, number, number] {
  const { right, up, forward, focal, cx, cy } = basis;
  const a = x - cx;
  const b = -(y - cy);
  return [
    forward[0] * focal + right[0] * a + up[0] * b,
    forward[1] * focal + right[1] * a + up[1] * b,
    forward[2] * focal + right[2] * a + up[2] * b,
  ];
}

/** Elevation angle (radians) of the ray through a pixel: 0 on the horizon, π/2 at the zenith. */
export function elevationAt(basis: ViewBasis, x: number, y: number): number {
  const d = rayThrough(basis, x, y);
  return Math.atan2(d[1], Math.hypot(d[0], d[2]));
}

/**
 * Distance along the sky normal from the horizon point (pixels) at which the view ray has the
 * given elevation, searched on the line through the horizon point nearest the centre.
 * Returns Infinity when the elevation is not reached within `limit` pixels.
 */
export function offsetForElevation(basis: ViewBasis, h: Horizon, elevation: number, limit: number): number {
  const at = (s: number): number => elevationAt(basis, h.x0 + h.nx * s, h.y0 + h.ny * s);
  if (elevation <= 0) {
    let lo = -limit;
    let hi = 0;
    if (at(lo) > elevation) return -Infinity;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (at(mid) < elevation) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  }
  let lo = 0;
  let hi = limit;
  if (at(hi) < elevation) return Infinity;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid) < elevation) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The part of the screen rectangle on the sky side of the line at `offset` pixels above the
 * horizon (offset 0 = the horizon itself), as a convex polygon [x0, y0, x1, y1, ...].
 * `side` −1 gives the part below the line instead.
 */
export function screenHalfPlane(h: Horizon, width: number, height: number, offset: number, side: 1 | -1 = 1): number[] {
  const corners = [0, 0, width, 0, width, height, 0, height];
  const f = (x: number, y: number): number => side * (heightAboveHorizon(h, x, y) - offset);
  if (!h.valid) return (h.allSky ? side === 1 : side === -1) ? corners : [];
  const out: number[] = [];
  for (let i = 0; i < 4; i++) {
    const ax = corners[i * 2]!;
    const ay = corners[i * 2 + 1]!;
    const bx = corners[((i + 1) % 4) * 2]!;
    const by = corners[((i + 1) % 4) * 2 + 1]!;
    const fa = f(ax, ay);
    const fb = f(bx, by);
    if (fa >= 0) out.push(ax, ay);
    if ((fa >= 0) !== (fb >= 0)) {
      const t = fa / (fa - fb);
      out.push(ax + (bx - ax) * t, ay + (by - ay) * t);
    }
  }
  return out;
}
