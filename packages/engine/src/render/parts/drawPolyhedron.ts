/**
 * Flat-faced parts (box, wedge, pyramid, quad): each face is a polygon with its own flat shade,
 * back faces culled. The visible faces are first under-painted as one shape in the darkest
 * face colour so anti-aliased seams between faces read as a crisp edge, not a gap.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';
import { createRandom } from '../../random/createRandom.ts';
import { useWoodGrain } from './woodGrain.ts';
import { linearColour, linearToCss, luminance, parseColour } from '../colour/rgb.ts';
import type { Finish, Part, PartShape } from '../model/Part.ts';
import { GLASS_ALPHA, patternColourOf } from './paintBody.ts';
import { framePoint, type PartFrame } from './partFrame.ts';
import type { PlacedPart } from './PlacedPart.ts';
import { DETAIL, FULL_DETAIL, type PartLod } from './partLod.ts';
import { addPolygon, signedArea, type Pt } from './screenPath.ts';
import { shadeSurface } from './shadeSurface.ts';
import type { ShadeEnv } from './ShadeEnv.ts';
import { drawPartSurface } from '../style/drawPartSurface.ts';
import { drawPartUnderlay } from '../style/drawPartUnderlay.ts';

/** Local unit-cube corners (±1) scaled by half sizes; faces as corner index lists. */
type Face = readonly number[];

interface Solid {
  corners: readonly (readonly [number, number, number])[];
  faces: readonly Face[];
  twoSided?: boolean;
}

const BOX: Solid = {
  corners: [
    [-1, -1, -1], [1, -1, -1], [1, 1, -1], [-1, 1, -1],
    [-1, -1, 1], [1, -1, 1], [1, 1, 1], [-1, 1, 1],
  ],
  faces: [
    [4, 5, 6, 7], // +z front
    [1, 0, 3, 2], // -z back
    [5, 1, 2, 6], // +x
    [0, 4, 7, 3], // -x
    [7, 6, 2, 3], // +y top
    [0, 1, 5, 4], // -y bottom
  ],
};

const WEDGE: Solid = {
  // Full height at -z, zero height at +z.
  corners: [
    [-1, -1, -1], [1, -1, -1], [1, 1, -1], [-1, 1, -1],
    [-1, -1, 1], [1, -1, 1],
  ],
  faces: [
    [1, 0, 3, 2], // back
    [4, 5, 2, 3], // slope
    [0, 1, 5, 4], // bottom
    [5, 1, 2], // +x side
    [0, 4, 3], // -x side
  ],
};

const PYRAMID: Solid = {
  corners: [[-1, -1, -1], [1, -1, -1], [1, -1, 1], [-1, -1, 1], [0, 1, 0]],
  faces: [
    [3, 2, 4], // +z
    [1, 0, 4], // -z
    [2, 1, 4], // +x
    [0, 3, 4], // -x
    [0, 1, 2, 3], // bottom
  ],
};

const QUAD: Solid = {
  corners: [[-1, -1, 0], [1, -1, 0], [1, 1, 0], [-1, 1, 0]],
  faces: [[0, 1, 2, 3]],
  twoSided: true,
};

const SOLIDS: Partial<Record<PartShape, Solid>> = { box: BOX, wedge: WEDGE, pyramid: PYRAMID, quad: QUAD };

interface VisibleFace {
  world: Vec3[];
  screen: Pt[];
  normal: Vec3;
  colour: string;
  lum: number;
  patternColour?: string;
}

export function drawPolyhedron(ctx: SKRSContext2D, env: ShadeEnv, placed: PlacedPart, f: PartFrame, lod: PartLod = FULL_DETAIL): void {
  const px = lod.px;
  const part = placed.part;
  const solid = SOLIDS[part.shape];
  if (!solid) return;
  const basis = env.basis;
  const eye = basis.eye;
  const world = solid.corners.map(([a, b, c]) => framePoint(f, a * f.hx, b * f.hy, c * f.hz));
  const screen: Pt[] = [];
  for (const w of world) {
    const s = projectPoint(basis, w);
    if (s.depth <= 0.05) return; // crosses the camera: skip rather than draw garbage
    screen.push({ x: s.x, y: s.y });
  }
  const finish: Finish = part.finish ?? 'matte';
  const base = linearColour(part.colour);
  if (px < DETAIL.flatBelow && !env.flatFill) {
    // Small on screen: the outline of all corners, in the shade of the face that looks at us most.
    let best: Vec3 = [0, 1, 0], bestFacing = -Infinity;
    const toEye = sub3(eye, f.centre);
    for (const n of [f.x, f.y, f.z]) {
      const d = dotv(n, toEye);
      if (Math.abs(d) > bestFacing) {
        bestFacing = Math.abs(d);
        best = d >= 0 ? n : [-n[0], -n[1], -n[2]];
      }
    }
    const tl = Math.hypot(toEye[0], toEye[1], toEye[2]) || 1;
    const colour = linearToCss(shadeSurface(env, base, best, [toEye[0] / tl, toEye[1] / tl, toEye[2] / tl], finish));
    if (env.batch && finish !== 'glass') {
      addPolygon(env.batch.fill(colour), convexHull(screen));
      return;
    }
    env.batch?.flush();
    ctx.fillStyle = colour;
    if (finish === 'glass') ctx.globalAlpha = GLASS_ALPHA;
    ctx.beginPath();
    addPolygon(ctx, convexHull(screen));
    ctx.fill();
    if (finish === 'glass' && !env.flatFill) ctx.globalAlpha = 1;
    return;
  }
  const patternBase = part.pattern ? linearColour(patternColourOf(part)) : undefined;
  const inside = centroid(world);
  const faces: VisibleFace[] = [];
  for (const face of solid.faces) {
    if (face.length < 3) continue;
    const pts = face.map((i) => world[i]!);
    const c = centroid(pts);
    let n = faceNormal(pts);
    // Make the normal point outwards (away from the part centre).
    if (!solid.twoSided && dotv(n, sub3(c, inside)) < 0) n = [-n[0], -n[1], -n[2]];
    const toEye = sub3(eye, c);
    let facing = dotv(n, toEye);
    if (solid.twoSided && facing < 0) {
      n = [-n[0], -n[1], -n[2]];
      facing = -facing;
    }
    if (facing <= 1e-9) continue;
    const tl = Math.hypot(toEye[0], toEye[1], toEye[2]) || 1;
    const te: Vec3 = [toEye[0] / tl, toEye[1] / tl, toEye[2] / tl];
    const lin = shadeSurface(env, base, n, te, finish);
    faces.push({
      world: pts,
      screen: face.map((i) => screen[i]!),
      normal: n,
      colour: linearToCss(lin),
      lum: lin[0] + lin[1] + lin[2],
      patternColour: patternBase && px >= DETAIL.patternAbove ? linearToCss(shadeSurface(env, patternBase, n, te, finish)) : undefined,
    });
  }
  if (faces.length === 0) return;
  env.batch?.flush();
  // One convex outline for all visible faces: painted once in the darkest face colour, the other
  // faces on top. Fewer fills, and no anti-aliasing seams between faces.
  const hull = faces.length > 1 ? convexHull(faces.flatMap((fc) => fc.screen)) : faces[0]!.screen;
  if (env.flatFill || px < DETAIL.flatBelow) {
    ctx.fillStyle = env.flatFill ?? averageColour(faces);
    if (finish === 'glass' && !env.flatFill) ctx.globalAlpha = GLASS_ALPHA;
    ctx.beginPath();
    addPolygon(ctx, hull);
    ctx.fill();
    if (finish === 'glass' && !env.flatFill) ctx.globalAlpha = 1;
    return;
  }
  if (env.style) drawPartUnderlay(ctx, env, () => addPolygon(ctx, hull));
  let darkest = faces[0]!;
  for (const fc of faces) if (fc.lum < darkest.lum) darkest = fc;
  if (finish === 'glass') ctx.globalAlpha = GLASS_ALPHA;
  const patterned = part.pattern !== undefined && px >= DETAIL.patternAbove;
  if (finish === 'glass') {
    for (const fc of faces) {
      ctx.fillStyle = fc.colour;
      ctx.beginPath();
      addPolygon(ctx, fc.screen);
      ctx.fill();
    }
  } else {
    ctx.fillStyle = darkest.colour;
    ctx.beginPath();
    addPolygon(ctx, hull);
    ctx.fill();
    for (const fc of faces) {
      if (fc !== darkest) {
        ctx.fillStyle = fc.colour;
        ctx.beginPath();
        addPolygon(ctx, fc.screen);
        ctx.fill();
      }
    }
  }
  if (patterned) for (const fc of faces) if (fc.patternColour) drawFacePattern(ctx, env, part, fc, placed.index + 1);
  if (env.style?.surface) drawPartSurface(ctx, env, () => addPolygon(ctx, hull));
  if (finish === 'glass') {
    ctx.globalAlpha = 1;
    // A bright rim where glass edges catch the light.
    ctx.strokeStyle = 'rgba(255,255,255,0.35)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    addPolygon(ctx, hull, true);
    ctx.stroke();
  }
  if (finish === 'emissive' && luminance(parseColour(part.colour)) > 0.2 && px >= DETAIL.highlightAbove) {
    ctx.strokeStyle = linearToCss(base, 0.25);
    ctx.lineWidth = 4;
    ctx.beginPath();
    addPolygon(ctx, hull, true);
    ctx.stroke();
  }
}

function averageColour(faces: readonly VisibleFace[]): string {
  // The face that shows the most, as a stand-in for the whole part.
  let best = faces[0]!, bestArea = -1;
  for (const fc of faces) {
    const a = Math.abs(signedArea(fc.screen));
    if (a > bestArea) {
      bestArea = a;
      best = fc;
    }
  }
  return best.colour;
}

/** Convex hull of screen points (monotone chain). */
export function convexHull(points: readonly Pt[]): Pt[] {
  const pts = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (pts.length < 3) return pts;
  const cross = (o: Pt, a: Pt, b: Pt): number => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Pt[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Pt[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/**
 * Face decorations, laid out in the face's own (s, t) square and mapped to the screen by
 * bilinear interpolation of the projected corners (faces are small enough that perspective
 * inside one face does not show). Everything stays inside the face, so no clipping is needed.
 */
function drawFacePattern(ctx: SKRSContext2D, env: ShadeEnv, part: Part, fc: VisibleFace, seed: number): void {
  const w = fc.world;
  const q = fc.screen;
  const q0 = q[0]!, q1 = q[1]!, q2 = q[2]!, q3 = q[3] ?? q[2]!;
  const pj = (s: number, t: number): Pt => {
    const a = 1 - s, b = 1 - t;
    return { x: q0.x * a * b + q1.x * s * b + q2.x * s * t + q3.x * a * t, y: q0.y * a * b + q1.y * s * b + q2.y * s * t + q3.y * a * t };
  };
  const lenS = dist3(w[0]!, w[1]!);
  const lenT = dist3(w[0]!, w[3] ?? w[2]!);
  const facePx = Math.max(Math.hypot(q1.x - q0.x, q1.y - q0.y), Math.hypot(q3.x - q0.x, q3.y - q0.y));
  if (facePx < DETAIL.patternAbove) return;
  const pxPerM = facePx / Math.max(1e-3, Math.max(lenS, lenT));
  ctx.fillStyle = fc.patternColour!;
  ctx.strokeStyle = fc.patternColour!;
  const quad = (s0: number, s1: number, t0: number, t1: number): void => {
    addPolygon(ctx, [pj(s0, t0), pj(s1, t0), pj(s1, t1), pj(s0, t1)]);
  };
  const line = (pts: Pt[]): void => {
    pts.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
  };
  const minLen = Math.max(0.01, Math.min(lenS, lenT));
  switch (part.pattern) {
    case 'stripes': {
      ctx.beginPath();
      const along = lenS >= lenT; // bands run along the longer side
      for (const [a, b] of [[0.18, 0.32], [0.43, 0.57], [0.68, 0.82]] as const) {
        if (along) quad(0, 1, a, b);
        else quad(a, b, 0, 1);
      }
      ctx.fill();
      break;
    }
    case 'seams':
    case 'panels': {
      const inset = part.pattern === 'seams' ? 0.05 : 0.1;
      const i = Math.min(0.3, (inset * minLen) / Math.max(1e-3, lenS)), j = Math.min(0.3, (inset * minLen) / Math.max(1e-3, lenT));
      ctx.lineWidth = Math.max(0.7, minLen * (part.pattern === 'seams' ? 0.02 : 0.035) * pxPerM);
      ctx.beginPath();
      line([pj(i, j), pj(1 - i, j), pj(1 - i, 1 - j), pj(i, 1 - j), pj(i, j)]);
      if (part.pattern === 'panels' && Math.max(lenS, lenT) > 1.6 * minLen) {
        if (lenS > lenT) line([pj(0.5, j), pj(0.5, 1 - j)]);
        else line([pj(i, 0.5), pj(1 - i, 0.5)]);
      }
      ctx.stroke();
      break;
    }
    case 'wood-grain': {
      const along = lenS >= lenT;
      const sv = { x: (q1.x - q0.x) / Math.max(1e-3, lenS), y: (q1.y - q0.y) / Math.max(1e-3, lenS) };
      const tv = { x: (q3.x - q0.x) / Math.max(1e-3, lenT), y: (q3.y - q0.y) / Math.max(1e-3, lenT) };
      if (useWoodGrain(ctx, q0, along ? sv : tv, along ? tv : sv, seed)) {
        ctx.beginPath();
        addPolygon(ctx, q);
        ctx.fill();
      }
      break;
    }
    case 'spots': {
      const rnd = createRandom(seed, 'spots');
      ctx.beginPath();
      for (let k = 0; k < 5; k++) {
        const s = rnd.range(0.15, 0.85), t = rnd.range(0.15, 0.85);
        const r = rnd.range(0.07, 0.12) * minLen;
        const rs = r / Math.max(1e-3, lenS), rt = r / Math.max(1e-3, lenT);
        const pts: Pt[] = [];
        for (let i = 0; i < 8; i++) {
          const a = (i / 8) * Math.PI * 2;
          pts.push(pj(s + Math.cos(a) * rs, t + Math.sin(a) * rt));
        }
        addPolygon(ctx, pts);
      }
      ctx.fill();
      break;
    }
    case 'checker': {
      const ns = Math.max(2, Math.min(8, Math.round((4 * lenS) / minLen)));
      const nt = Math.max(2, Math.min(8, Math.round((4 * lenT) / minLen)));
      ctx.beginPath();
      for (let a = 0; a < ns; a++) for (let b = 0; b < nt; b++) if ((a + b) % 2 === 0) quad(a / ns, (a + 1) / ns, b / nt, (b + 1) / nt);
      ctx.fill();
      break;
    }
  }
  void env;
}

function sub3(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function dotv(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
function dist3(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
function centroid(pts: readonly Vec3[]): Vec3 {
  let x = 0, y = 0, z = 0;
  for (const p of pts) {
    x += p[0];
    y += p[1];
    z += p[2];
  }
  return [x / pts.length, y / pts.length, z / pts.length];
}
/** Newell's method: robust normal of a (possibly slightly non-planar) polygon. */
function faceNormal(pts: readonly Vec3[]): Vec3 {
  let nx = 0, ny = 0, nz = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!, b = pts[(i + 1) % pts.length]!;
    nx += (a[1] - b[1]) * (a[2] + b[2]);
    ny += (a[2] - b[2]) * (a[0] + b[0]);
    nz += (a[0] - b[0]) * (a[1] + b[1]);
  }
  const l = Math.hypot(nx, ny, nz) || 1;
  return [nx / l, ny / l, nz / l];
}
