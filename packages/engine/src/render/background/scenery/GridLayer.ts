/**
 * Lines ruled on a flat rectangle in the world: tile grout on floors and walls, the joints
 * between floor planks (staggered), paving slabs, the pool's floor. Drawn in perspective, so
 * they converge towards the vanishing points as real joints do.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { parseColour, toRgba } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { hashUnit } from '../geometry/hashNoise.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { projectPolygon, viewOf } from '../geometry/projectWorld.ts';
import { litRgb } from '../geometry/shading.ts';

export interface GridSpec {
  /** Corner of the rectangle and its two edge directions (unit vectors) with lengths. */
  origin: Vec3;
  u: Vec3;
  v: Vec3;
  lengthU: number;
  lengthV: number;
  /** Spacing of lines across u (lines parallel to v) and across v. 0 = none. */
  stepU: number;
  stepV: number;
  colour: string;
  normal: Vec3;
  /** Line width in metres. */
  width: number;
  alpha: number;
  /** Planks: lines across v are short joints, staggered per row of u. */
  staggered?: boolean;
  /** Alternate tiles filled with this colour (a checkerboard). */
  checker?: string;
  /** Per-row brightness variation 0..1, for planks and stone. */
  jitter?: number;
  seed?: number;
}

export class GridLayer implements BackdropLayer {
  readonly name: string;

  constructor(name: string, private readonly specs: readonly GridSpec[]) {
    this.name = name;
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    for (const g of this.specs) drawGrid(ctx, view, g);
  }
}

const at = (g: GridSpec, a: number, b: number, lift = 0.002): [number, number, number] => [
  g.origin[0] + g.u[0] * a + g.v[0] * b + g.normal[0] * lift,
  g.origin[1] + g.u[1] * a + g.v[1] * b + g.normal[1] * lift,
  g.origin[2] + g.u[2] * a + g.v[2] * b + g.normal[2] * lift,
];

function drawGrid(ctx: SKRSContext2D, view: BackdropView, g: GridSpec): void {
  const eye = view.basis.eye;
  const toEye = (eye[0] - g.origin[0]) * g.normal[0] + (eye[1] - g.origin[1]) * g.normal[1] + (eye[2] - g.origin[2]) * g.normal[2];
  if (toEye <= 0) return;
  const seed = g.seed ?? 1;
  // Only the part of the rectangle near the camera: far joints are finer than a pixel.
  const reach = 18;
  const ea = (eye[0] - g.origin[0]) * g.u[0] + (eye[1] - g.origin[1]) * g.u[1] + (eye[2] - g.origin[2]) * g.u[2];
  const eb = (eye[0] - g.origin[0]) * g.v[0] + (eye[1] - g.origin[1]) * g.v[1] + (eye[2] - g.origin[2]) * g.v[2];
  const aLo = Math.max(0, ea - reach);
  const aHi = Math.min(g.lengthU, ea + reach);
  const bLo = Math.max(0, eb - reach);
  const bHi = Math.min(g.lengthV, eb + reach);
  if (aHi <= aLo || bHi <= bLo) return;
  const v = [0, 0, 0];
  const tanX = (view.width / 2 / view.basis.focal) * 1.15 + 0.05;
  const tanY = (view.height / 2 / view.basis.focal) * 1.15 + 0.05;
  const inView = (a: number, b: number, r: number): boolean => {
    const p = at(g, a, b, 0);
    viewOf(view.basis, p[0], p[1], p[2], v);
    const z = v[2]!;
    if (z < -r) return false;
    const zz = Math.max(z, 0.05);
    return Math.abs(v[0]!) - r < tanX * zz && Math.abs(v[1]!) - r < tanY * zz;
  };
  // A checkerboard is every other column crossed with every other row, filled even-odd.
  if (g.checker && g.stepU > 0 && g.stepV > 0) {
    const cells = new PathBuilder();
    const i0 = Math.floor(aLo / g.stepU);
    const j0 = Math.floor(bLo / g.stepV);
    for (let i = i0 - (i0 % 2); i * g.stepU < aHi; i += 2) {
      cells.polygon(projectPolygon(view.basis, [...at(g, i * g.stepU, bLo), ...at(g, Math.min(aHi, (i + 1) * g.stepU), bLo), ...at(g, Math.min(aHi, (i + 1) * g.stepU), bHi), ...at(g, i * g.stepU, bHi)]));
    }
    for (let j = j0 - (j0 % 2); j * g.stepV < bHi; j += 2) {
      cells.polygon(projectPolygon(view.basis, [...at(g, aLo, j * g.stepV), ...at(g, aHi, j * g.stepV), ...at(g, aHi, Math.min(bHi, (j + 1) * g.stepV)), ...at(g, aLo, Math.min(bHi, (j + 1) * g.stepV))]));
    }
    if (!cells.empty) {
      ctx.fillStyle = toRgba(litRgb(view.light, parseColour(g.checker), g.normal, 0.5));
      ctx.fill(cells.toPath(), 'evenodd');
    }
  }
  // A gentle tone per row of boards (planks) or of slabs: long strips, a few fills.
  if (g.jitter && !g.checker && g.stepU > 0) {
    const dark = new PathBuilder();
    const light = new PathBuilder();
    for (let i = Math.floor(aLo / g.stepU); i * g.stepU < aHi; i++) {
      const r = hashUnit(seed, i, 7);
      const target = r < 0.33 ? dark : r > 0.66 ? light : null;
      if (!target) continue;
      const a0 = Math.max(aLo, i * g.stepU);
      const a1 = Math.min(aHi, (i + 1) * g.stepU);
      target.polygon(projectPolygon(view.basis, [...at(g, a0, bLo), ...at(g, a1, bLo), ...at(g, a1, bHi), ...at(g, a0, bHi)]));
    }
    const j = g.jitter;
    if (!dark.empty) {
      ctx.fillStyle = toRgba([0, 0, 0], j * 0.5);
      ctx.fill(dark.toPath());
    }
    if (!light.empty) {
      ctx.fillStyle = toRgba([255, 240, 220], j * 0.4);
      ctx.fill(light.toPath());
    }
  }
  const lines = new PathBuilder();
  const w = g.width / 2;
  const strip = (a0: number, b0: number, a1: number, b1: number, alongU: boolean): void => {
    const pts = alongU
      ? [...at(g, a0, b0 - w), ...at(g, a1, b1 - w), ...at(g, a1, b1 + w), ...at(g, a0, b0 + w)]
      : [...at(g, a0 - w, b0), ...at(g, a1 - w, b1), ...at(g, a1 + w, b1), ...at(g, a0 + w, b0)];
    lines.polygon(projectPolygon(view.basis, pts));
  };
  if (g.stepU > 0) {
    for (let a = Math.max(1, Math.ceil(aLo / g.stepU)) * g.stepU; a < aHi - 1e-6; a += g.stepU) strip(a, bLo, a, bHi, false);
  }
  if (g.stepV > 0) {
    if (g.staggered) {
      const nu = Math.ceil(g.lengthU / g.stepU);
      for (let i = Math.max(0, Math.floor(aLo / g.stepU)); i < Math.min(nu, Math.ceil(aHi / g.stepU)); i++) {
        const offset = hashUnit(seed, i) * g.stepV;
        for (let b = offset + Math.max(0, Math.floor((bLo - offset) / g.stepV)) * g.stepV; b < bHi; b += g.stepV) {
          if (b <= 0) continue;
          if (!inView((i + 0.5) * g.stepU, b, g.stepU)) continue;
          strip(i * g.stepU, b, Math.min(g.lengthU, (i + 1) * g.stepU), b, true);
        }
      }
    } else {
      for (let b = Math.max(1, Math.ceil(bLo / g.stepV)) * g.stepV; b < bHi - 1e-6; b += g.stepV) strip(aLo, b, aHi, b, true);
    }
  }
  if (lines.empty) return;
  ctx.fillStyle = toRgba(litRgb(view.light, parseColour(g.colour), g.normal, 0.5), g.alpha);
  ctx.fill(lines.toPath());
}
