/**
 * Round-sided parts along their local Y axis: cylinder, cone, capsule. The outline is the union
 * of the projected end shapes (discs or hemispheres, exact conics) and the side between their
 * silhouette lines; the side is shaded by a linear gradient across it sampled from the true
 * normals of the visible arc; visible flat caps are drawn as flat-shaded discs on top.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';
import { linearColour, linearToCss } from '../colour/rgb.ts';
import type { Finish } from '../model/Part.ts';
import { drawHighlight, flatShade, setAlignedEllipseTransform } from './drawEllipsoid.ts';
import { GLASS_ALPHA, paintBody, patternColourOf, toEyeFrom } from './paintBody.ts';
import { framePoint, frameDirection, type PartFrame } from './partFrame.ts';
import type { PlacedPart } from './PlacedPart.ts';
import { DETAIL, FULL_DETAIL, type PartLod } from './partLod.ts';
import { projectEllipsoid, type ScreenEllipse } from './projectEllipsoid.ts';
import { addEllipse, addPolygon, ellipsePoint, type Pt } from './screenPath.ts';
import { drawSurfacePattern, type Surface } from './surfacePattern.ts';
import { useWoodGrain } from './woodGrain.ts';
import { shadeSurface } from './shadeSurface.ts';
import type { ShadeEnv } from './ShadeEnv.ts';

const SAMPLES = 4;
const ZERO: Vec3 = [0, 0, 0];

function scaled(v: Vec3, s: number): Vec3 {
  return [v[0] * s, v[1] * s, v[2] * s];
}

/** Angles of the side silhouette of an elliptic cylinder around f.y, seen from the eye (null: looking down the axis). */
export function sideSilhouette(f: PartFrame, eye: Vec3): { from: number; to: number } | null {
  const d: Vec3 = [f.centre[0] - eye[0], f.centre[1] - eye[1], f.centre[2] - eye[2]];
  const A = (d[0] * f.x[0] + d[1] * f.x[1] + d[2] * f.x[2]) / f.hx;
  const B = (d[0] * f.z[0] + d[1] * f.z[1] + d[2] * f.z[2]) / Math.max(1e-4, f.hz);
  const R = Math.hypot(A, B);
  if (R <= 1.0001) return null;
  const phi = Math.atan2(B, A);
  const alpha = Math.acos(-1 / R);
  // Visible arc is centred on phi + π.
  return { from: phi + alpha, to: phi + 2 * Math.PI - alpha };
}

interface SideSpec {
  surface: Surface;
  /** Gradient line endpoints and the sampled normals. */
  ts: number[];
  normals: Vec3[];
  p0: Pt;
  p1: Pt;
}

/** Gradient across the visible arc [from, to] of rim points `rim(θ)` with normals `normal(θ)`. */
function sideGradient(env: ShadeEnv, from: number, to: number, rim: (t: number) => Vec3, normal: (t: number) => Vec3): { ts: number[]; normals: Vec3[]; p0: Pt; p1: Pt } | null {
  const basis = env.basis;
  const a = projectPoint(basis, rim(from));
  const b = projectPoint(basis, rim(to));
  const dx = b.x - a.x, dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  if (len2 < 1e-6) return null;
  const ts: number[] = [];
  const normals: Vec3[] = [];
  let last = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const th = from + ((to - from) * i) / (SAMPLES - 1);
    const p = projectPoint(basis, rim(th));
    let t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
    t = Math.max(last, Math.min(1, t));
    if (i === 0) t = 0;
    if (i === SAMPLES - 1) t = 1;
    last = t;
    ts.push(t);
    normals.push(normal(th));
  }
  return { ts, normals, p0: { x: a.x, y: a.y }, p1: { x: b.x, y: b.y } };
}

function drawCap(ctx: SKRSContext2D, env: ShadeEnv, placed: PlacedPart, e: ScreenEllipse, normal: Vec3, at: Vec3): void {
  const part = placed.part;
  const finish: Finish = part.finish ?? 'matte';
  const base = linearColour(part.colour);
  const toEye = toEyeFrom(env, at);
  const c = shadeSurface(env, base, normal, toEye, finish);
  if (finish === 'glass') ctx.globalAlpha = GLASS_ALPHA;
  ctx.fillStyle = linearToCss(c);
  ctx.beginPath();
  addEllipse(ctx, e);
  ctx.fill();
  if (finish === 'glass') ctx.globalAlpha = 1;
  if (part.pattern === 'stripes' || part.pattern === 'panels' || part.pattern === 'seams') {
    // A rim ring on caps (can lids, barrel heads).
    ctx.strokeStyle = linearToCss(shadeSurface(env, linearColour(patternColourOf(part)), normal, toEye, finish));
    ctx.lineWidth = Math.max(0.6, e.rx * 0.08);
    ctx.beginPath();
    addEllipse(ctx, { ...e, rx: e.rx * 0.86, ry: e.ry * 0.86 });
    ctx.stroke();
  }
}

export function drawRevolved(ctx: SKRSContext2D, env: ShadeEnv, placed: PlacedPart, f: PartFrame, lod: PartLod = FULL_DETAIL): void {
  const part = placed.part;
  const basis = env.basis;
  const eye = basis.eye;
  const U = scaled(f.x, f.hx);
  const W = scaled(f.z, Math.max(1e-4, f.hz));
  const shape = part.shape;
  const seed = placed.index + 1;
  if (lod.thin < THIN_LINE_BELOW && !env.flatFill) {
    drawAsLine(ctx, env, placed, f, lod);
    return;
  }
  const radialNormal = (th: number): Vec3 => frameDirection(f, Math.cos(th) / f.hx, 0, Math.sin(th) / Math.max(1e-4, f.hz));

  if (shape === 'cylinder' || shape === 'capsule') {
    const rEnd = Math.min(f.hx, Math.max(1e-4, f.hz));
    const half = shape === 'capsule' ? Math.max(0, f.hy - rEnd) : f.hy;
    const bottom = framePoint(f, 0, -half, 0);
    const top = framePoint(f, 0, half, 0);
    const endAxes = (c: Vec3): [Vec3, Vec3, Vec3] => (shape === 'capsule' ? [U, scaled(f.y, rEnd), W] : [U, W, ZERO]);
    const eb = projectEllipsoid(basis, bottom, endAxes(bottom));
    const et = projectEllipsoid(basis, top, endAxes(top));
    if (!eb || !et) return;
    const sil = sideSilhouette(f, eye);
    const rimAt = (c: Vec3, th: number): Vec3 => [c[0] + U[0] * Math.cos(th) + W[0] * Math.sin(th), c[1] + U[1] * Math.cos(th) + W[1] * Math.sin(th), c[2] + U[2] * Math.cos(th) + W[2] * Math.sin(th)];
    const path = (): void => {
      addEllipse(ctx, eb);
      addEllipse(ctx, et);
      if (sil) {
        const q = [rimAt(bottom, sil.from), rimAt(bottom, sil.to), rimAt(top, sil.to), rimAt(top, sil.from)].map((p) => projectPoint(basis, p));
        addPolygon(ctx, q);
      }
    };
    const surface: Surface = {
      family: 'tube',
      radius: (f.hx + f.hz) / 2,
      point: (th, v) => rimAt(framePoint(f, 0, v * half, 0), th),
      normal: (th) => radialNormal(th),
    };
    if (lod.thin < DETAIL.flatBelow || env.flatFill) {
      fillFlat(ctx, env, placed, f, path);
      return;
    }
    env.batch?.flush();
    let grad: ReturnType<typeof sideGradient> = null;
    if (sil) grad = sideGradient(env, sil.from, sil.to, (th) => rimAt(f.centre, th), radialNormal);
    if (grad) {
      const g = grad;
      paintBody(ctx, env, part, f.centre, {
        ts: g.ts,
        normals: g.normals,
        specularInGradient: true,
        gradient: (c) => c.createLinearGradient(g.p0.x, g.p0.y, g.p1.x, g.p1.y),
        pattern: part.pattern && lod.px >= DETAIL.patternAbove
          ? part.pattern === 'wood-grain'
            ? () => tubeGrain(ctx, env, f, g.p0, g.p1, seed)
            : (c, colour) => drawSurfacePattern(c, env, surface, part, seed, colour)
          : undefined,
      }, path);
    } else {
      // Looking straight down the axis: the near end fills the view.
      const nearTop = dist2(eye, top) < dist2(eye, bottom);
      const e = nearTop ? et : eb;
      const n = nearTop ? f.y : scaled(f.y, -1);
      paintBody(ctx, env, part, f.centre, {
        ts: [0, 1],
        normals: [n, n],
        specularInGradient: true,
        gradient: (c) => c.createLinearGradient(e.cx - e.rx, e.cy, e.cx + e.rx, e.cy),
      }, path);
    }
    if (shape === 'cylinder') {
      const topFacing = dot3(f.y, sub3(eye, top)) > 0;
      const botFacing = dot3(f.y, sub3(eye, bottom)) < 0;
      if (topFacing) drawCap(ctx, env, placed, et, f.y, top);
      if (botFacing) drawCap(ctx, env, placed, eb, scaled(f.y, -1), bottom);
    } else if ((part.finish ?? 'matte') !== 'matte' && lod.thin >= DETAIL.highlightAbove) {
      // Shiny capsules: a highlight on the end facing the light.
      const upEnd = dot3(f.y, env.sun) >= 0 ? et : eb;
      setAlignedEllipseTransform(ctx, upEnd);
      drawHighlight(ctx, env, { ...upEnd, angle: 0 }, part.finish ?? 'matte', f.centre);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
    }
    return;
  }

  if (shape === 'cone') {
    const baseC = framePoint(f, 0, -f.hy, 0);
    const apexW = framePoint(f, 0, f.hy, 0);
    const eb = projectEllipsoid(basis, baseC, [U, W, ZERO]);
    const apex = projectPoint(basis, apexW);
    if (!eb || apex.depth <= 0.05) return;
    // Tangents from the apex to the base ellipse, in the ellipse's own frame.
    const c = Math.cos(eb.angle), s = Math.sin(eb.angle);
    const ax = ((apex.x - eb.cx) * c + (apex.y - eb.cy) * s) / Math.max(1e-3, eb.rx);
    const ay = (-(apex.x - eb.cx) * s + (apex.y - eb.cy) * c) / Math.max(1e-3, eb.ry);
    const ad = Math.hypot(ax, ay);
    const tangents = ad > 1.0001 ? [Math.atan2(ay, ax) + Math.acos(1 / ad), Math.atan2(ay, ax) - Math.acos(1 / ad)] : null;
    const path = (): void => {
      addEllipse(ctx, eb);
      if (tangents) addPolygon(ctx, [{ x: apex.x, y: apex.y }, ellipsePoint(eb, tangents[0]!), ellipsePoint(eb, tangents[1]!)]);
    };
    const rAvg = (f.hx + Math.max(1e-4, f.hz)) / 2;
    const coneNormal = (th: number): Vec3 => {
      const r = radialNormal(th);
      const h = 2 * f.hy;
      const l = Math.hypot(h, rAvg) || 1;
      return [(r[0] * h + f.y[0] * rAvg) / l, (r[1] * h + f.y[1] * rAvg) / l, (r[2] * h + f.y[2] * rAvg) / l];
    };
    const rim = (th: number): Vec3 => [baseC[0] + U[0] * Math.cos(th) + W[0] * Math.sin(th), baseC[1] + U[1] * Math.cos(th) + W[1] * Math.sin(th), baseC[2] + U[2] * Math.cos(th) + W[2] * Math.sin(th)];
    const range = visibleArc((th) => {
      const n = coneNormal(th);
      return dot3(n, sub3(eye, rim(th)));
    });
    const surface: Surface = {
      family: 'tube',
      radius: rAvg,
      point: (th, v) => {
        const k = (1 - v) / 2;
        const p = framePoint(f, 0, v * f.hy, 0);
        return [p[0] + (U[0] * Math.cos(th) + W[0] * Math.sin(th)) * k, p[1] + (U[1] * Math.cos(th) + W[1] * Math.sin(th)) * k, p[2] + (U[2] * Math.cos(th) + W[2] * Math.sin(th)) * k];
      },
      normal: (th) => coneNormal(th),
    };
    if (lod.thin < DETAIL.flatBelow || env.flatFill) {
      fillFlat(ctx, env, placed, f, path);
      return;
    }
    env.batch?.flush();
    const grad = range ? sideGradient(env, range.from, range.to, rim, coneNormal) : null;
    if (grad) {
      paintBody(ctx, env, part, f.centre, {
        ts: grad.ts,
        normals: grad.normals,
        specularInGradient: true,
        gradient: (cx) => cx.createLinearGradient(grad.p0.x, grad.p0.y, grad.p1.x, grad.p1.y),
        pattern: part.pattern && lod.px >= DETAIL.patternAbove ? (cx, colour) => drawSurfacePattern(cx, env, surface, part, seed, colour) : undefined,
      }, path);
    } else {
      const n = coneNormal(0);
      paintBody(ctx, env, part, f.centre, { ts: [0, 1], normals: [n, n], specularInGradient: true, gradient: (cx) => cx.createLinearGradient(eb.cx - eb.rx, eb.cy, eb.cx + eb.rx, eb.cy) }, path);
    }
    if (dot3(f.y, sub3(eye, baseC)) < 0) drawCap(ctx, env, placed, eb, scaled(f.y, -1), baseC);
  }
}

/** Grain along a stave or log: the texture laid along the projected axis (the clip is the outline). */
function tubeGrain(ctx: SKRSContext2D, env: ShadeEnv, f: PartFrame, p0: Pt, p1: Pt, seed: number): void {
  const a = projectPoint(env.basis, framePoint(f, 0, -f.hy, 0));
  const b = projectPoint(env.basis, framePoint(f, 0, f.hy, 0));
  const len = 2 * f.hy;
  const along = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
  const across = { x: (p1.x - p0.x) / (2 * f.hx), y: (p1.y - p0.y) / (2 * f.hx) };
  if (Math.hypot(along.x, along.y) < 1e-3 || Math.hypot(across.x, across.y) < 1e-3) return;
  if (useWoodGrain(ctx, { x: a.x, y: a.y }, along, across, seed)) ctx.fillRect(-1e5, -1e5, 2e5, 2e5);
}

/** Below this diameter on screen (px), a round part is drawn as one thick line. */
const THIN_LINE_BELOW = 4.5;

/** Rods, spokes, whiskers and anything thin on screen: one stroked line along the axis. */
function drawAsLine(ctx: SKRSContext2D, env: ShadeEnv, placed: PlacedPart, f: PartFrame, lod: PartLod): void {
  const shape = placed.part.shape;
  const basis = env.basis;
  const a = projectPoint(basis, framePoint(f, 0, -f.hy, 0));
  const b = projectPoint(basis, framePoint(f, 0, f.hy, 0));
  if (a.depth <= 0.05 || b.depth <= 0.05) return;
  const toEye = toEyeFrom(env, f.centre);
  const along = dot3(toEye, f.y);
  let n: Vec3 = [toEye[0] - f.y[0] * along + env.sun[0] * 0.4, toEye[1] - f.y[1] * along + env.sun[1] * 0.4, toEye[2] - f.y[2] * along + env.sun[2] * 0.4];
  const l = Math.hypot(n[0], n[1], n[2]);
  n = l > 1e-6 ? [n[0] / l, n[1] / l, n[2] / l] : f.y;
  const finish = placed.part.finish ?? 'matte';
  const colour = flatShade(env, placed.part, n, f.centre);
  // Widths in quarter pixels, so neighbouring rods share a batch.
  const width = Math.max(0.5, Math.round(lod.thin * 4) / 4);
  if (env.batch && finish !== 'glass') {
    if (shape === 'cone') {
      const dx = b.x - a.x, dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const w = width / 2;
      addPolygon(env.batch.fill(colour), [{ x: a.x - (dy / len) * w, y: a.y + (dx / len) * w }, { x: a.x + (dy / len) * w, y: a.y - (dx / len) * w }, { x: b.x, y: b.y }]);
    } else {
      const c = env.batch.stroke(colour, width, shape === 'cylinder' ? 'butt' : 'round');
      c.moveTo(a.x, a.y);
      c.lineTo(b.x, b.y);
    }
    return;
  }
  env.batch?.flush();
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.lineCap = shape === 'cylinder' ? 'butt' : 'round';
  if (finish === 'glass') ctx.globalAlpha = GLASS_ALPHA;
  ctx.beginPath();
  if (shape === 'cone') {
    // A cone tapers: a thin triangle from the base to the apex.
    const dx = b.x - a.x, dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const w = Math.max(0.5, lod.thin) / 2;
    ctx.fillStyle = ctx.strokeStyle;
    ctx.moveTo(a.x - (dy / len) * w, a.y + (dx / len) * w);
    ctx.lineTo(a.x + (dy / len) * w, a.y - (dx / len) * w);
    ctx.lineTo(b.x, b.y);
    ctx.closePath();
    ctx.fill();
  } else {
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }
  if (finish === 'glass') ctx.globalAlpha = 1;
}

/** Small on screen (or a water tint pass): the whole outline in one colour. */
function fillFlat(ctx: SKRSContext2D, env: ShadeEnv, placed: PlacedPart, f: PartFrame, path: () => void): void {
  const toEye = toEyeFrom(env, f.centre);
  // A normal between the eye and the light, flattened onto the part's sides.
  const d: Vec3 = [toEye[0] + env.sun[0] * 0.5, toEye[1] + env.sun[1] * 0.5, toEye[2] + env.sun[2] * 0.5];
  const along = dot3(d, f.y);
  let n: Vec3 = [d[0] - f.y[0] * along, d[1] - f.y[1] * along, d[2] - f.y[2] * along];
  const l = Math.hypot(n[0], n[1], n[2]);
  n = l > 1e-6 ? [n[0] / l, n[1] / l, n[2] / l] : f.y;
  const finish = placed.part.finish ?? 'matte';
  const colour = env.flatFill ?? flatShade(env, placed.part, n, f.centre);
  if (env.batch && finish !== 'glass') {
    env.batch.fill(colour);
    path();
    return;
  }
  env.batch?.flush();
  ctx.fillStyle = colour;
  if (finish === 'glass' && !env.flatFill) ctx.globalAlpha = GLASS_ALPHA;
  ctx.beginPath();
  path();
  ctx.fill();
  if (finish === 'glass') ctx.globalAlpha = 1;
}

/** The contiguous arc of θ where `facing(θ)` > 0, refined between samples; null if none or all. */
function visibleArc(facing: (th: number) => number): { from: number; to: number } | null {
  const N = 36;
  const vals: number[] = [];
  for (let i = 0; i < N; i++) vals.push(facing((i / N) * Math.PI * 2));
  let start = -1;
  for (let i = 0; i < N; i++) if (vals[i]! > 0 && vals[(i + N - 1) % N]! <= 0) start = i;
  if (start < 0) return null;
  let end = start;
  while (vals[(end + 1) % N]! > 0 && (end + 1) % N !== start) end++;
  const step = (Math.PI * 2) / N;
  const refine = (i0: number, i1: number): number => {
    const a = vals[((i0 % N) + N) % N]!, b = vals[((i1 % N) + N) % N]!;
    const t = a / (a - b);
    return (i0 + (Number.isFinite(t) ? t : 0.5) * (i1 - i0)) * step;
  };
  const from = refine(start - 1, start);
  const to = refine(end, end + 1);
  return { from, to: to < from ? to + Math.PI * 2 : to };
}

function sub3(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function dot3(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
function dist2(a: Vec3, b: Vec3): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;
}
