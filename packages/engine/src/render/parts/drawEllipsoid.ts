/**
 * Ellipsoids: the exact projected outline, filled with a two-point radial gradient whose focus
 * sits on the lit side (the gradient stops are the true shading sampled from the lit point
 * across to the far rim), plus a separate highlight spot for shiny finishes.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../math/vec3.ts';
import { linearColour, linearToCss } from '../colour/rgb.ts';
import type { Finish } from '../model/Part.ts';
import { drawSurfacePattern, type Surface } from './surfacePattern.ts';
import { GLASS_ALPHA, paintBody, toEyeFrom } from './paintBody.ts';
import { framePoint, frameDirection, type PartFrame } from './partFrame.ts';
import type { PlacedPart } from './PlacedPart.ts';
import { DETAIL, FULL_DETAIL, type PartLod } from './partLod.ts';
import { projectEllipsoid, type ScreenEllipse } from './projectEllipsoid.ts';
import { addEllipse } from './screenPath.ts';
import { FINISHES, shadeSurface } from './shadeSurface.ts';
import type { ShadeEnv } from './ShadeEnv.ts';

const STOPS = [0, 0.3, 0.62, 1];
const LEAN = 0.75;

/** World normal of the visible surface at unit-disc point (a, b) of a projected ellipse (sphere approximation). */
export function discNormal(env: ShadeEnv, e: ScreenEllipse, a: number, b: number): Vec3 {
  const c = Math.cos(e.angle), s = Math.sin(e.angle);
  const sx = a * c - b * s;
  const sy = a * s + b * c;
  const r2 = Math.min(1, sx * sx + sy * sy);
  const nx = sx, ny = -sy, nz = -Math.sqrt(1 - r2);
  const { right, up, forward } = env.basis;
  return [
    right[0] * nx + up[0] * ny + forward[0] * nz,
    right[1] * nx + up[1] * ny + forward[1] * nz,
    right[2] * nx + up[2] * ny + forward[2] * nz,
  ];
}

/** Unit-disc point (in the ellipse's own frame) whose surface faces direction d most. */
export function discPointFacing(env: ShadeEnv, e: ScreenEllipse, d: Vec3, maxRadius: number): { a: number; b: number; front: boolean } {
  const { right, up, forward } = env.basis;
  const vx = d[0] * right[0] + d[1] * right[1] + d[2] * right[2];
  const vy = d[0] * up[0] + d[1] * up[1] + d[2] * up[2];
  const vz = d[0] * forward[0] + d[1] * forward[1] + d[2] * forward[2];
  let sx = vx, sy = -vy;
  const front = vz < 0;
  const l = Math.hypot(sx, sy);
  if (!front && l > 1e-6) {
    sx /= l;
    sy /= l;
  }
  const m = Math.hypot(sx, sy);
  if (m > maxRadius) {
    sx *= maxRadius / m;
    sy *= maxRadius / m;
  }
  const c = Math.cos(e.angle), s = Math.sin(e.angle);
  return { a: sx * c + sy * s, b: -sx * s + sy * c, front };
}

export function ellipsoidSurface(f: PartFrame): Surface {
  return {
    family: 'round',
    radius: (f.hx + f.hy + f.hz) / 3,
    point: (t, v) => {
      const cl = Math.sqrt(Math.max(0, 1 - v * v));
      return framePoint(f, f.hx * Math.cos(t) * cl, f.hy * v, f.hz * Math.sin(t) * cl);
    },
    normal: (t, v) => {
      const cl = Math.sqrt(Math.max(0, 1 - v * v));
      return frameDirection(f, (Math.cos(t) * cl) / f.hx, v / f.hy, (Math.sin(t) * cl) / Math.max(1e-4, f.hz));
    },
  };
}

/**
 * Canvas transform mapping the unit circle onto a screen ellipse by a symmetric stretch
 * (R·diag(rx, ry)·Rᵀ): directions in the unit disc stay close to screen directions.
 */
export function setAlignedEllipseTransform(ctx: SKRSContext2D, e: ScreenEllipse): void {
  const c = Math.cos(e.angle), s = Math.sin(e.angle);
  const rx = Math.max(0.3, e.rx), ry = Math.max(0.3, e.ry);
  const off = (rx - ry) * c * s;
  ctx.setTransform(rx * c * c + ry * s * s, off, off, rx * s * s + ry * c * c, e.cx, e.cy);
}

/** Canvas transform mapping the unit circle onto a screen ellipse. */
export function setEllipseTransform(ctx: SKRSContext2D, e: ScreenEllipse): void {
  const c = Math.cos(e.angle), s = Math.sin(e.angle);
  const rx = Math.max(0.3, e.rx), ry = Math.max(0.3, e.ry);
  ctx.setTransform(c * rx, s * rx, -s * ry, c * ry, e.cx, e.cy);
}

/**
 * `lod` is the part's size on screen: below a few pixels a flat fill is all anyone can see,
 * highlights and patterns only appear when they would be visible.
 */
export function drawEllipsoid(ctx: SKRSContext2D, env: ShadeEnv, placed: PlacedPart, f: PartFrame, lod: PartLod = FULL_DETAIL): void {
  const part = placed.part;
  const axes: [Vec3, Vec3, Vec3] = [
    [f.x[0] * f.hx, f.x[1] * f.hx, f.x[2] * f.hx],
    [f.y[0] * f.hy, f.y[1] * f.hy, f.y[2] * f.hy],
    [f.z[0] * f.hz, f.z[1] * f.hz, f.z[2] * f.hz],
  ];
  const e = projectEllipsoid(env.basis, f.centre, axes);
  if (!e || e.rx < 0.2) return;
  const finish: Finish = part.finish ?? 'matte';
  const lit = discPointFacing(env, e, env.sun, 0.55);
  let fa = lit.a, fb = lit.b;
  if (lod.thin < DETAIL.flatBelow || env.flatFill) {
    // Small on screen: one flat fill in the shade of a point between the lit side and the middle.
    const fill = env.flatFill ?? flatShade(env, part, discNormal(env, e, fa * 0.45, fb * 0.45), f.centre);
    if (env.batch && finish !== 'glass') {
      addEllipse(env.batch.fill(fill), e);
      return;
    }
    env.batch?.flush();
    ctx.fillStyle = fill;
    if (finish === 'glass' && !env.flatFill) ctx.globalAlpha = GLASS_ALPHA;
    ctx.beginPath();
    ctx.ellipse(e.cx, e.cy, Math.max(0.3, e.rx), Math.max(0.3, e.ry), e.angle, 0, Math.PI * 2);
    ctx.fill();
    if (finish === 'glass' && !env.flatFill) ctx.globalAlpha = 1;
    return;
  }
  env.batch?.flush();
  // Shade in a screen-aligned unit disc (the ellipse's symmetric stretch): the lit point and
  // the stops then depend only on the light and the camera, so every ellipsoid of one colour
  // and finish in a frame shares one gradient.
  const aligned: ScreenEllipse = { cx: e.cx, cy: e.cy, rx: e.rx, ry: e.ry, angle: 0 };
  const lit0 = discPointFacing(env, aligned, env.sun, 0.55);
  let ga = lit0.a, gb = lit0.b;
  const fl = Math.hypot(ga, gb);
  // Far rim direction: away from the light (straight down the screen when lit head-on).
  let da = 0, db = 1;
  if (fl > 1e-3) {
    da = -ga / fl;
    db = -gb / fl;
  } else {
    ga = 0;
    gb = 0;
  }
  const path = (): void => {
    ctx.ellipse(0, 0, 1, 1, 0, 0, Math.PI * 2);
  };
  setAlignedEllipseTransform(ctx, e);
  paintBody(ctx, env, part, f.centre, {
    ts: STOPS,
    normals: STOPS.map((t) => discNormal(env, aligned, ga + t * (da - ga), gb + t * (db - gb))),
    specularInGradient: false,
    cacheKey: part.pattern ? undefined : `E|${part.colour}|${finish}|${env.hazeAmount}`,
    // The end circle leans towards the lit point so the rim on the lit side stays lit: points
    // along the ray away from the light still meet the sampled stops exactly.
    gradient: (c) => c.createRadialGradient(ga, gb, 0, ga * LEAN, gb * LEAN, 1 + LEAN * Math.hypot(ga, gb)),
    pattern: part.pattern && lod.px >= DETAIL.patternAbove
      ? (c, colour) => {
          c.save();
          c.setTransform(1, 0, 0, 1, 0, 0);
          drawSurfacePattern(c, env, ellipsoidSurface(f), part, placed.index + 1, colour);
          c.restore();
        }
      : undefined,
  }, path);
  if (finish === 'emissive') drawGlow(ctx, part.colour);
  else if (lod.thin >= DETAIL.highlightAbove) drawHighlight(ctx, env, aligned, finish, f.centre);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/** CSS colour of a part seen at one representative normal. */
export function flatShade(env: ShadeEnv, part: PlacedPart['part'], n: Vec3, at: Vec3): string {
  const finish: Finish = part.finish ?? 'matte';
  return linearToCss(shadeSurface(env, linearColour(part.colour), n, toEyeFrom(env, at), finish));
}

/** A soft glow around a light-emitting part, in the part's unit-circle frame. */
function drawGlow(ctx: SKRSContext2D, colour: string): void {
  const lc = linearColour(colour);
  const g = ctx.createRadialGradient(0, 0, 0.9, 0, 0, 1.9);
  g.addColorStop(0, linearToCss(lc, 0.35));
  g.addColorStop(1, linearToCss(lc, 0));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(0, 0, 1.9, 0, Math.PI * 2);
  ctx.fill();
}

const HIGHLIGHT_SIZE: Readonly<Record<Finish, number>> = { matte: 0, satin: 0.55, glossy: 0.26, metal: 0.34, emissive: 0, glass: 0.2 };

/** The sun's reflection: a soft spot where the surface normal bisects sun and eye. */
export function drawHighlight(ctx: SKRSContext2D, env: ShadeEnv, e: ScreenEllipse, finish: Finish, centre: Vec3): void {
  const size = HIGHLIGHT_SIZE[finish];
  if (size <= 0) return;
  const toEye = toEyeFrom(env, centre);
  const L = env.sun;
  const h: Vec3 = [L[0] + toEye[0], L[1] + toEye[1], L[2] + toEye[2]];
  const hl = Math.hypot(h[0], h[1], h[2]) || 1;
  const spot = discPointFacing(env, e, [h[0] / hl, h[1] / hl, h[2] / hl], 0.85);
  if (!spot.front) return;
  const ndl = L[0] * toEye[0] + L[1] * toEye[1] + L[2] * toEye[2];
  if (ndl < -0.6) return;
  const strength = Math.min(1, FINISHES[finish].specular * 0.8) * Math.min(1, 0.5 + ndl) * (env.style ? env.style.specular : 1);
  const sun = env.sunLight;
  const tint = finish === 'metal' ? 0.85 : 1;
  const r = Math.min(255, Math.round(255 * Math.min(1, 0.55 + sun[0] * 0.5) * tint + 30));
  const g0 = Math.min(255, Math.round(255 * Math.min(1, 0.55 + sun[1] * 0.5) * tint + 30));
  const b = Math.min(255, Math.round(255 * Math.min(1, 0.55 + sun[2] * 0.5) * tint + 30));
  const a = Math.max(0, strength);
  if (a < 0.02) return;
  const key = `H|${finish}|${spot.a.toFixed(3)}|${spot.b.toFixed(3)}|${r},${g0},${b},${a.toFixed(3)}`;
  let g = env.gradients?.get(key);
  if (!g) {
    g = ctx.createRadialGradient(spot.a, spot.b, 0, spot.a, spot.b, size);
    if (env.style && env.style.bands >= 2) {
      // Cel highlight: one hard-edged spot.
      g.addColorStop(0, `rgba(${r},${g0},${b},${Math.min(1, a * 1.2).toFixed(3)})`);
      g.addColorStop(0.42, `rgba(${r},${g0},${b},${Math.min(1, a * 1.2).toFixed(3)})`);
      g.addColorStop(0.46, `rgba(${r},${g0},${b},0)`);
    } else {
      g.addColorStop(0, `rgba(${r},${g0},${b},${a.toFixed(3)})`);
      g.addColorStop(0.35, `rgba(${r},${g0},${b},${(a * 0.45).toFixed(3)})`);
      g.addColorStop(1, `rgba(${r},${g0},${b},0)`);
    }
    env.gradients?.set(key, g);
  }
  ctx.fillStyle = g;
  const spill = Math.hypot(spot.a, spot.b) + size > 1;
  if (spill) {
    ctx.save();
    ctx.beginPath();
    ctx.arc(0, 0, 1, 0, Math.PI * 2);
    ctx.clip();
  }
  ctx.beginPath();
  ctx.arc(spot.a, spot.b, size, 0, Math.PI * 2);
  ctx.fill();
  if (spill) ctx.restore();
}
