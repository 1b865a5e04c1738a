/**
 * Surface decorations for curved parts (stripes, seams, panels, wood grain, spots, checker),
 * defined on the part's own surface coordinates (θ around the local Y axis, v from −1 at the
 * bottom to +1 at the top) so they wrap around the shape and turn with it. Drawn flat; the
 * caller clips them to the outline and shades them with the body.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';
import { createRandom } from '../../random/createRandom.ts';
import type { Part } from '../model/Part.ts';
import type { ShadeEnv } from './ShadeEnv.ts';

export interface Surface {
  /** 'round' shapes (ellipsoids) close at the poles; 'tube' shapes are open cylinders/cones. */
  family: 'round' | 'tube';
  point(theta: number, v: number): Vec3;
  normal(theta: number, v: number): Vec3;
  /** Typical radius (m), for line widths. */
  radius: number;
}

type UV = readonly [number, number];
const TAU = Math.PI * 2;

interface Elements {
  polygons: UV[][];
  lines: UV[][];
  /** Line width as a fraction of the surface radius. */
  lineWidth: number;
  /** Opacity of the lines (grain is subtle). */
  lineAlpha: number;
}

function ring(v: number, steps = 24): UV[] {
  const out: UV[] = [];
  for (let i = 0; i <= steps; i++) out.push([(i / steps) * TAU, v]);
  return out;
}

function meridian(theta: number, v0 = -1, v1 = 1, steps = 10, wobble = 0, phase = 0): UV[] {
  const out: UV[] = [];
  for (let i = 0; i <= steps; i++) {
    const v = v0 + ((v1 - v0) * i) / steps;
    out.push([theta + wobble * Math.sin(v * 5 + phase), v]);
  }
  return out;
}

function cell(t0: number, t1: number, v0: number, v1: number): UV[] {
  const out: UV[] = [];
  const n = 4;
  for (let i = 0; i <= n; i++) out.push([t0 + ((t1 - t0) * i) / n, v0]);
  for (let i = 0; i <= n; i++) out.push([t1 - ((t1 - t0) * i) / n, v1]);
  return out;
}

function disc(theta: number, v: number, r: number, family: Surface['family']): UV[] {
  const out: UV[] = [];
  // Near the poles of a round shape, θ spans less distance: widen it.
  const stretch = family === 'round' ? 1 / Math.max(0.25, Math.sqrt(1 - v * v)) : 1;
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * TAU;
    out.push([theta + Math.cos(a) * r * stretch, Math.max(-1, Math.min(1, v + Math.sin(a) * r))]);
  }
  return out;
}

/** The tennis-ball seam, as (θ, v) on a unit sphere. */
function tennisSeam(): UV[] {
  const out: UV[] = [];
  for (let i = 0; i <= 64; i++) {
    const t = (i / 64) * TAU;
    const x = Math.cos(t) * 0.75 + Math.cos(3 * t) * 0.25;
    const z = Math.sin(t) * 0.75 - Math.sin(3 * t) * 0.25;
    const y = Math.sqrt(0.75) * Math.sin(2 * t) * 0.95;
    const l = Math.hypot(x, y, z);
    out.push([Math.atan2(z / l, x / l), y / l]);
  }
  return out;
}

const ICOSAHEDRON: readonly UV[] = (() => {
  const out: UV[] = [[0, 1], [0, -1]];
  const lat = Math.atan(0.5);
  for (let i = 0; i < 5; i++) {
    out.push([(i / 5) * TAU, Math.sin(lat)]);
    out.push([((i + 0.5) / 5) * TAU, -Math.sin(lat)]);
  }
  return out;
})();

function elementsFor(pattern: NonNullable<Part['pattern']>, family: Surface['family'], seed: number): Elements {
  const polygons: UV[][] = [];
  const lines: UV[][] = [];
  let lineWidth = 0.05;
  let lineAlpha = 1;
  const round = family === 'round';
  switch (pattern) {
    case 'stripes':
      if (round) {
        for (let k = 0; k < 12; k += 2) {
          const t0 = (k / 12) * TAU, t1 = ((k + 1) / 12) * TAU;
          polygons.push([...meridian(t0, -1, 1, 10), ...meridian(t1, -1, 1, 10).reverse()]);
        }
      } else {
        for (const [v0, v1] of [[-0.62, -0.4], [-0.11, 0.11], [0.4, 0.62]] as const) {
          polygons.push([...ring(v0), ...ring(v1).reverse()]);
        }
      }
      break;
    case 'seams':
      lineWidth = 0.045;
      if (round) lines.push(tennisSeam());
      else for (let k = 0; k < 8; k++) lines.push(meridian((k / 8) * TAU, -1, 1, 2));
      break;
    case 'panels':
      if (round) {
        for (const [t, v] of ICOSAHEDRON) polygons.push(pentagon(t, v));
        lineWidth = 0.025;
      } else {
        lineWidth = 0.03;
        for (let k = 0; k < 6; k++) lines.push(meridian((k / 6) * TAU, -0.95, 0.95, 2));
        lines.push(ring(-0.95), ring(0), ring(0.95));
      }
      break;
    case 'wood-grain': {
      lineWidth = 0.012;
      lineAlpha = 0.5;
      const rnd = createRandom(seed, 'wood-grain');
      if (round) {
        for (let k = 0; k < 7; k++) {
          const v0 = -0.8 + (k / 6) * 1.6 + rnd.range(-0.05, 0.05);
          const pts: UV[] = [];
          for (let i = 0; i <= 24; i++) pts.push([(i / 24) * TAU, v0 + 0.06 * Math.sin((i / 24) * TAU * 3 + k)]);
          lines.push(pts);
        }
      } else {
        for (let k = 0; k < 14; k++) lines.push(meridian((k / 14) * TAU + rnd.range(-0.1, 0.1), -1, 1, 12, 0.03, rnd.range(0, 6)));
      }
      break;
    }
    case 'spots': {
      const rnd = createRandom(seed, 'spots');
      for (let k = 0; k < 14; k++) polygons.push(disc(rnd.range(0, TAU), rnd.range(-0.85, 0.85), rnd.range(0.1, 0.2), family));
      break;
    }
    case 'checker': {
      const rows = round ? 4 : 3;
      const cols = 8;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if ((r + c) % 2) continue;
          polygons.push(cell((c / cols) * TAU, ((c + 1) / cols) * TAU, -1 + (2 * r) / rows, -1 + (2 * (r + 1)) / rows));
        }
      }
      break;
    }
  }
  return { polygons, lines, lineWidth, lineAlpha };
}

function pentagon(theta: number, v: number): UV[] {
  // Five points around the direction (θ, v) on the unit sphere, at an angular radius of ~0.33 rad.
  const cl = Math.sqrt(1 - v * v);
  const d: Vec3 = [Math.cos(theta) * cl, v, Math.sin(theta) * cl];
  const ref: Vec3 = Math.abs(v) > 0.9 ? [1, 0, 0] : [0, 1, 0];
  const a = norm(cross3(d, ref));
  const b = cross3(d, a);
  const out: UV[] = [];
  const r = 0.36;
  for (let i = 0; i < 5; i++) {
    const ang = (i / 5) * TAU;
    const p = norm([d[0] + r * (Math.cos(ang) * a[0] + Math.sin(ang) * b[0]), d[1] + r * (Math.cos(ang) * a[1] + Math.sin(ang) * b[1]), d[2] + r * (Math.cos(ang) * a[2] + Math.sin(ang) * b[2])]);
    out.push([Math.atan2(p[2], p[0]), p[1]]);
  }
  return out;
}

function cross3(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}
function norm(a: Vec3): Vec3 {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
}

const cache = new Map<string, Elements>();

/** Draw the part's pattern flat in `colour` (the caller clips to the outline). */
export function drawSurfacePattern(ctx: SKRSContext2D, env: ShadeEnv, surface: Surface, part: Part, seed: number, colour: string): void {
  if (!part.pattern) return;
  const key = `${part.pattern}/${surface.family}/${seed}`;
  let el = cache.get(key);
  if (!el) {
    el = elementsFor(part.pattern, surface.family, seed);
    if (cache.size > 256) cache.clear();
    cache.set(key, el);
  }
  const basis = env.basis;
  const eye = basis.eye;
  const visible = (theta: number, v: number, p: Vec3): boolean => {
    const n = surface.normal(theta, v);
    return n[0] * (eye[0] - p[0]) + n[1] * (eye[1] - p[1]) + n[2] * (eye[2] - p[2]) > -0.12 * surface.radius;
  };
  ctx.fillStyle = colour;
  ctx.beginPath();
  for (const poly of el.polygons) {
    let first = true;
    let count = 0;
    for (const [t, v] of poly) {
      const p = surface.point(t, v);
      if (!visible(t, v, p)) continue;
      const s = projectPoint(basis, p);
      if (first) ctx.moveTo(s.x, s.y);
      else ctx.lineTo(s.x, s.y);
      first = false;
      count++;
    }
    if (count > 0) ctx.closePath();
  }
  ctx.fill();
  if (el.lines.length) {
    const centre = projectPoint(basis, surface.point(0, 0));
    ctx.strokeStyle = colour;
    ctx.lineWidth = Math.max(0.6, el.lineWidth * surface.radius * centre.scale);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    for (const line of el.lines) {
      let pen = false;
      for (const [t, v] of line) {
        const p = surface.point(t, v);
        if (!visible(t, v, p)) {
          pen = false;
          continue;
        }
        const s = projectPoint(basis, p);
        if (pen) ctx.lineTo(s.x, s.y);
        else ctx.moveTo(s.x, s.y);
        pen = true;
      }
    }
    const alpha = ctx.globalAlpha;
    ctx.globalAlpha = alpha * el.lineAlpha;
    ctx.stroke();
    ctx.globalAlpha = alpha;
  }
}
