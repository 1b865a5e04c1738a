/**
 * Soft shadows on the ground: the entity's bounding ellipsoid projected along the light onto
 * the ground plane (an exact ellipse for a parallel light), filled with a radial fall-off that
 * widens and fades as the entity rises; plus a small dark contact shadow right under things
 * that touch the ground. No per-pixel blur: gradients only.
 */
import type { CanvasGradient, SKRSContext2D } from '@napi-rs/canvas';
import type { ViewBasis } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';
import { projectEllipsoid } from '../parts/projectEllipsoid.ts';
import { verticalExtent, type WorldEllipsoid } from './entityEllipsoid.ts';

export interface GroundShadowOptions {
  /** Unit vector towards the light. */
  sunDirection: Vec3;
  /** 0..1 darkness of a shadow right under a touching object. */
  strength: number;
  /** Height of the receiving plane (ground 0, or a water surface). */
  planeY?: number;
  /** Shadow colour as "r,g,b". */
  tint?: string;
}

/** Semi-axes on the ground (x, z vectors) of an ellipsoid projected along `sun` onto y = planeY. */
export function shadowEllipse(e: WorldEllipsoid, sun: Vec3, planeY: number): { centre: Vec3; a: Vec3; b: Vec3 } {
  // Keep low suns from stretching shadows to the horizon.
  let ly = sun[1];
  const minY = 0.32;
  let lx = sun[0], lz = sun[2];
  if (ly < minY) {
    const h = Math.hypot(lx, lz) || 1;
    const s = Math.sqrt(1 - minY * minY) / h;
    lx *= s;
    lz *= s;
    ly = minY;
  }
  const proj = (v: Vec3, isPoint: boolean): [number, number] => {
    const y = isPoint ? v[1] - planeY : v[1];
    return [v[0] - (lx * y) / ly, v[2] - (lz * y) / ly];
  };
  const c = proj(e.centre, true);
  const A = e.axes.map((a) => proj(a, false));
  // 2×2 shape matrix S = Σ aᵢaᵢᵀ of the projected axes.
  let p = 0, q = 0, r = 0;
  for (const [x, z] of A) {
    p += x * x;
    q += x * z;
    r += z * z;
  }
  const mean = (p + r) / 2;
  const diff = Math.sqrt(((p - r) / 2) ** 2 + q * q);
  const l1 = Math.sqrt(Math.max(1e-8, mean + diff));
  const l2 = Math.sqrt(Math.max(1e-8, mean - diff));
  const ang = 0.5 * Math.atan2(2 * q, p - r);
  return {
    centre: [c[0], planeY, c[1]],
    a: [Math.cos(ang) * l1, 0, Math.sin(ang) * l1],
    b: [-Math.sin(ang) * l2, 0, Math.cos(ang) * l2],
  };
}

const gradients = new WeakMap<SKRSContext2D, Map<string, CanvasGradient>>();

/** A unit-circle fall-off gradient; alpha and core come quantised, so shadows share a few. */
function softGradient(ctx: SKRSContext2D, alpha: number, core: number, tint: string): CanvasGradient {
  let cache = gradients.get(ctx);
  if (!cache) {
    cache = new Map();
    gradients.set(ctx, cache);
  }
  const key = `${alpha}|${core}|${tint}`;
  let g = cache.get(key);
  if (!g) {
    g = ctx.createRadialGradient(0, 0, 0, 0, 0, 1);
    g.addColorStop(0, `rgba(${tint},${alpha.toFixed(3)})`);
    g.addColorStop(core, `rgba(${tint},${(alpha * 0.82).toFixed(3)})`);
    g.addColorStop(1, `rgba(${tint},0)`);
    if (cache.size > 512) cache.clear();
    cache.set(key, g);
  }
  return g;
}

function fillSoftEllipse(ctx: SKRSContext2D, basis: ViewBasis, centre: Vec3, a: Vec3, b: Vec3, alpha: number, core: number, tint: string): void {
  if (alpha < 0.01) return;
  const e = projectEllipsoid(basis, centre, [a, b, [0, 0, 0]]);
  if (!e || e.rx < 0.5) return;
  const c = Math.cos(e.angle), s = Math.sin(e.angle);
  const ry = Math.max(0.2, e.ry);
  ctx.setTransform(c * e.rx, s * e.rx, -s * ry, c * ry, e.cx, e.cy);
  ctx.fillStyle = softGradient(ctx, Math.round(alpha * 50) / 50, Math.round(core * 20) / 20, tint);
  ctx.beginPath();
  ctx.arc(0, 0, 1, 0, Math.PI * 2);
  ctx.fill();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

export function drawGroundShadow(ctx: SKRSContext2D, basis: ViewBasis, body: WorldEllipsoid, options: GroundShadowOptions): void {
  const planeY = options.planeY ?? 0;
  const strength = options.strength;
  if (strength <= 0.005) return;
  const tint = options.tint ?? '12,14,24';
  const { bottom, top } = verticalExtent(body);
  if (top < planeY) return; // under the plane (sunk): no shadow on it
  const height = Math.max(0, bottom - planeY);
  const size = Math.max(0.02, Math.hypot(...body.axes[0]), Math.hypot(...body.axes[2]), (top - bottom) / 2);
  const lift = height / size;
  // Cast shadow: fades and softens as the object rises.
  const s = shadowEllipse(body, options.sunDirection, planeY);
  const grow = 1 + Math.min(1.5, lift * 0.25);
  const castAlpha = strength * 0.75 / (1 + lift * 0.6);
  fillSoftEllipse(ctx, basis, s.centre, scale3(s.a, 1.08 * grow), scale3(s.b, 1.08 * grow), castAlpha, Math.max(0.05, 0.55 - lift * 0.2), tint);
  // Contact shadow: dark, tight, only when (nearly) touching.
  const touch = Math.max(0, 1 - lift * 1.6);
  if (touch > 0) {
    const under = shadowEllipse(body, [0, 1, 0], planeY);
    fillSoftEllipse(ctx, basis, [under.centre[0], planeY + 0.001, under.centre[2]], scale3(under.a, 0.66), scale3(under.b, 0.66), Math.min(0.85, strength * 0.9) * touch, 0.3, tint);
  }
}

function scale3(v: Vec3, s: number): Vec3 {
  return [v[0] * s, v[1] * s, v[2] * s];
}
