/**
 * Individual trees, palms, cacti, rocks, bushes, reeds and street lamps standing in the scene:
 * drawn as stylised flat cut-outs that always face the camera, sized by perspective, lit on
 * the sun's side and fading into the haze. Sorted far to near; nearby ones are batched into
 * a few fills per colour so a whole forest edge costs a handful of draw calls.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { createRandom } from '../../../random/createRandom.ts';
import { mixRgb, parseColour, scaleRgb, toRgba, type Rgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { blocksView, lineOfSightOf } from '../geometry/lineOfSight.ts';
import { viewOf } from '../geometry/projectWorld.ts';
import { hazed, litRgb } from '../geometry/shading.ts';

export type BillboardKind = 'conifer' | 'snowy-conifer' | 'broadleaf' | 'palm' | 'cactus' | 'rock' | 'bush' | 'reeds' | 'lamp';

export interface Billboard {
  kind: BillboardKind;
  x: number;
  y: number;
  z: number;
  /** Metres. */
  height: number;
  width: number;
  /** 0..1, picks variations. */
  variant: number;
}

export interface ScatterOptions {
  kinds: readonly { kind: BillboardKind; weight: number; height: [number, number]; width: number }[];
  count: number;
  /** Annulus around the origin (m). */
  inner: number;
  outer: number;
  /** Keep the area in front of the default camera free (a wedge towards +z). */
  keepFront?: boolean;
}

export function scatterBillboards(seed: number, stream: string, o: ScatterOptions): Billboard[] {
  const rnd = createRandom(seed, stream);
  const total = o.kinds.reduce((s, k) => s + k.weight, 0);
  const out: Billboard[] = [];
  for (let i = 0; i < o.count; i++) {
    let pick = rnd.next() * total;
    let spec = o.kinds[0]!;
    for (const k of o.kinds) {
      pick -= k.weight;
      if (pick <= 0) {
        spec = k;
        break;
      }
    }
    const a = rnd.range(-Math.PI, Math.PI);
    const d = Math.sqrt(rnd.range(o.inner * o.inner, o.outer * o.outer));
    const x = Math.sin(a) * d;
    const z = -Math.cos(a) * d;
    const h = rnd.range(spec.height[0], spec.height[1]);
    const variant = rnd.next();
    if (o.keepFront && z > -o.inner && Math.abs(x) < o.inner * 1.2) continue;
    out.push({ kind: spec.kind, x, y: 0, z, height: h, width: h * spec.width * rnd.range(0.85, 1.15), variant });
  }
  return out;
}

interface Paints {
  trunk: PathBuilder;
  dark: PathBuilder;
  mid: PathBuilder;
  light: PathBuilder;
  snow: PathBuilder;
  glow: { x: number; y: number; r: number }[];
}

const newPaints = (): Paints => ({ trunk: new PathBuilder(), dark: new PathBuilder(), mid: new PathBuilder(), light: new PathBuilder(), snow: new PathBuilder(), glow: [] });

const ALBEDO: Readonly<Record<BillboardKind, { foliage: string; trunk: string }>> = {
  conifer: { foliage: '#2f5a3a', trunk: '#4a3526' },
  'snowy-conifer': { foliage: '#2c5040', trunk: '#4a3526' },
  broadleaf: { foliage: '#4c7f35', trunk: '#5a4030' },
  palm: { foliage: '#4e8a3a', trunk: '#8a6a48' },
  cactus: { foliage: '#4f8a4a', trunk: '#3d6b3a' },
  rock: { foliage: '#8c857a', trunk: '#5e5850' },
  bush: { foliage: '#45773a', trunk: '#3a2c22' },
  reeds: { foliage: '#6f8f3e', trunk: '#6b4a2e' },
  lamp: { foliage: '#3a3e44', trunk: '#2c3036' },
};

export class BillboardLayer implements BackdropLayer {
  readonly name: string;

  /** `clearView`: leave out those standing between the camera and the action (trees, not street lamps). */
  constructor(name: string, private readonly items: readonly Billboard[], private readonly skyline = true, private readonly clearView = true) {
    this.name = name;
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const { basis, width, height, horizon: h, light } = view;
    const v = [0, 0, 0];
    const visible: { b: Billboard; x: number; y: number; s: number; depth: number; ux: number; uy: number }[] = [];
    const sight = lineOfSightOf(basis);
    for (const b of this.items) {
      viewOf(basis, b.x, b.y, b.z, v);
      const depth = v[2]!;
      if (depth < 1) continue;
      if (this.clearView && blocksView(sight, basis.eye[0], basis.eye[2], b.x, b.z, b.width / 2)) continue;
      const s = basis.focal / depth;
      const x = basis.cx + v[0]! * s;
      const y = basis.cy - v[1]! * s;
      const r = Math.max(b.width, b.height) * s;
      if (x + r < 0 || x - r > width || y - r > height || y + r < 0 || b.height * s < 5) continue;
      // Screen direction and length of one metre straight up here: seen from above, a tree
      // stands foreshortened rather than lying flat on the screen.
      viewOf(basis, b.x, b.y + 1, b.z, v);
      if (v[2]! < 0.5) continue;
      const ux = basis.cx + (basis.focal * v[0]!) / v[2]! - x;
      const uy = basis.cy - (basis.focal * v[1]!) / v[2]! - y;
      visible.push({ b, x, y, s, depth, ux, uy });
    }
    if (visible.length === 0) return;
    visible.sort((a, c) => c.depth - a.depth);
    const sun = light.sunDirection;
    // Which screen side the sun is on: lit halves face it.
    const sunSide = Math.sign(sun[0] * basis.right[0] + sun[1] * basis.right[1] + sun[2] * basis.right[2]) || 1;
    const tx = h.valid ? h.tx : 1;
    const ty = h.valid ? h.ty : 0;
    const night = view.lighting.lightSource === 'moon' || view.scene.timeOfDay === 'sunset' || view.scene.timeOfDay === 'dawn';
    const BATCH = 10;
    for (let start = 0; start < visible.length; start += BATCH) {
      const group = visible.slice(start, start + BATCH);
      const byKind = new Map<BillboardKind, Paints>();
      let depthSum = 0;
      for (const g of group) {
        depthSum += g.depth;
        let paints = byKind.get(g.b.kind);
        if (!paints) byKind.set(g.b.kind, (paints = newPaints()));
        const pt: [number, number] = [0, 0];
        const T = (lx: number, ly: number): [number, number] => {
          pt[0] = g.x + g.s * lx * tx + ly * g.ux;
          pt[1] = g.y + g.s * lx * ty + ly * g.uy;
          return pt;
        };
        drawShape(g.b, T, g.s, sunSide, paints);
        if (this.skyline && g.b.kind !== 'lamp' && g.y + g.b.height * g.uy < view.horizon.y0 + 2) {
          // The top of the cut-out: a pointed fir, or a round crown.
          const W = g.b.width;
          const H = g.b.height;
          const shape = g.b.kind === 'conifer' || g.b.kind === 'snowy-conifer' || g.b.kind === 'cactus'
            ? [-0.5 * W, 0.15 * H, 0, H, 0.5 * W, 0.15 * H]
            : [-0.55 * W, 0.45 * H, -0.45 * W, 0.78 * H, -0.25 * W, 0.95 * H, 0, H, 0.25 * W, 0.95 * H, 0.45 * W, 0.78 * H, 0.55 * W, 0.45 * H];
          const outline: number[] = [];
          for (let i = 0; i < shape.length; i += 2) {
            const p = T(shape[i]!, shape[i + 1]!);
            outline.push(p[0], p[1]);
          }
          view.skyline.addOutline(outline);
        }
      }
      const dist = depthSum / group.length;
      for (const [kind, p] of byKind) {
        const albedo = ALBEDO[kind];
        const foliage = parseColour(albedo.foliage);
        const towardsSun: Vec3 = [sun[0], 0.3, sun[2]];
        const awayFromSun: Vec3 = [-sun[0], 0.3, -sun[2]];
        const toCamera: Vec3 = [-basis.forward[0], 0.4, -basis.forward[2]];
        const fill = (pb: PathBuilder, c: Rgb): void => {
          if (pb.empty) return;
          ctx.fillStyle = toRgba(hazed(light, c, dist));
          ctx.fill(pb.toPath());
        };
        fill(p.trunk, litRgb(light, parseColour(albedo.trunk), toCamera, 0.5));
        fill(p.dark, litRgb(light, scaleRgb(foliage, 0.8), awayFromSun, 0.5));
        fill(p.mid, litRgb(light, foliage, toCamera, 0.5));
        fill(p.light, litRgb(light, mixRgb(foliage, [200, 230, 120], 0.12), towardsSun, 0.3));
        fill(p.snow, litRgb(light, [240, 245, 255], [0, 1, 0.3], 0.5));
        if (p.glow.length > 0 && night) drawGlows(ctx, p.glow);
      }
    }
  }
}

function drawGlows(ctx: SKRSContext2D, glows: { x: number; y: number; r: number }[]): void {
  for (const g of glows) {
    const grad = ctx.createRadialGradient(g.x, g.y, 0, g.x, g.y, g.r * 6);
    grad.addColorStop(0, 'rgba(255,220,150,0.55)');
    grad.addColorStop(1, 'rgba(255,200,120,0)');
    ctx.fillStyle = grad;
    ctx.fillRect(g.x - g.r * 6, g.y - g.r * 6, g.r * 12, g.r * 12);
    ctx.fillStyle = 'rgba(255,240,200,1)';
    ctx.beginPath();
    ctx.arc(g.x, g.y, g.r, 0, Math.PI * 2);
    ctx.fill();
  }
}

type Xf = (lx: number, ly: number) => [number, number];

const polyScratch: number[] = [];

function poly(pb: PathBuilder, T: Xf, pts: readonly number[]): void {
  polyScratch.length = 0;
  for (let i = 0; i < pts.length; i += 2) {
    const p = T(pts[i]!, pts[i + 1]!);
    polyScratch.push(p[0], p[1]);
  }
  pb.polygon(polyScratch);
}

function blob(pb: PathBuilder, T: Xf, s: number, x: number, y: number, r: number): void {
  const [cx, cy] = T(x, y);
  pb.ellipse(cx, cy, r * s, r * s);
}

function drawShape(b: Billboard, T: Xf, s: number, sunSide: number, p: Paints): void {
  const H = b.height;
  const W = b.width;
  const v = b.variant;
  switch (b.kind) {
    case 'conifer':
    case 'snowy-conifer': {
      const trunkH = H * 0.12;
      poly(p.trunk, T, [-W * 0.05, 0, W * 0.05, 0, W * 0.04, trunkH * 1.5, -W * 0.04, trunkH * 1.5]);
      const tiers = s * H > 40 ? 3 : 2;
      for (let i = 0; i < tiers; i++) {
        const y0 = trunkH + ((H - trunkH) * i * 0.8) / tiers;
        const y1 = i === tiers - 1 ? H : y0 + ((H - trunkH) * 1.45) / tiers;
        const half = (W / 2) * (1 - (i / tiers) * 0.72);
        const apex = [0, y1];
        poly(p.mid, T, [-half, y0, half, y0, ...apex]);
        // The half facing the sun is lighter, the other darker.
        poly(p.light, T, [0, y0 + (y1 - y0) * 0.05, sunSide * half * 0.95, y0, ...apex]);
        poly(p.dark, T, [-sunSide * half, y0, -sunSide * half * 0.2, y0 + (y1 - y0) * 0.12, 0, y0]);
        if (b.kind === 'snowy-conifer') {
          poly(p.snow, T, [-half * 0.8, y0 + (y1 - y0) * 0.18, half * 0.7, y0 + (y1 - y0) * 0.22, half * 0.35, y0 + (y1 - y0) * 0.5, 0, y1, -half * 0.3, y0 + (y1 - y0) * 0.55]);
        }
      }
      break;
    }
    case 'broadleaf': {
      const trunkTop = H * 0.5;
      poly(p.trunk, T, [-W * 0.06, 0, W * 0.06, 0, W * 0.04, trunkTop, W * 0.12, trunkTop + H * 0.1, -W * 0.1, trunkTop + H * 0.08, -W * 0.04, trunkTop]);
      const cy = H * 0.68;
      const r = W * 0.28;
      const n = 4 + Math.floor(v * 2);
      for (let i = 0; i < n; i++) {
        const a = (i / n) * Math.PI * 2 + v * 6;
        blob(p.dark, T, s, Math.cos(a) * W * 0.22, cy + Math.sin(a) * H * 0.12, r * 1.05);
      }
      blob(p.mid, T, s, -sunSide * W * 0.02, cy + H * 0.01, r * 1.2);
      blob(p.mid, T, s, sunSide * W * 0.16, cy + H * 0.1, r * 0.85);
      blob(p.light, T, s, sunSide * W * 0.16, cy + H * 0.14, r * 0.5);
      blob(p.light, T, s, sunSide * W * 0.02, cy + H * 0.2, r * 0.38);
      break;
    }
    case 'palm': {
      const lean = (v - 0.5) * W * 0.8;
      const top: [number, number] = [lean, H];
      poly(p.trunk, T, [-W * 0.05, 0, W * 0.05, 0, lean + W * 0.03, H, lean - W * 0.03, H]);
      const fronds = 7;
      for (let i = 0; i < fronds; i++) {
        const a = Math.PI * (0.05 + (0.9 * i) / (fronds - 1));
        const len = W * (0.55 + 0.15 * Math.sin(i * 2.1 + v * 5));
        const ex = top[0] + Math.cos(a) * len;
        const ey = top[1] + Math.sin(a) * len * 0.35 - len * 0.35;
        const mx = top[0] + Math.cos(a) * len * 0.5;
        const my = top[1] + Math.sin(a) * len * 0.45;
        const target = Math.cos(a) * sunSide > 0 ? p.light : i % 2 ? p.mid : p.dark;
        poly(target, T, [top[0], top[1] + 0.2, mx, my + W * 0.06, ex, ey, mx, my - W * 0.05]);
      }
      blob(p.trunk, T, s, top[0], top[1], W * 0.05);
      break;
    }
    case 'cactus': {
      const w = W * 0.22;
      poly(p.mid, T, [-w, 0, w, 0, w, H * 0.92, w * 0.6, H, -w * 0.6, H, -w, H * 0.92]);
      poly(p.light, T, [sunSide * w * 0.1, 0, sunSide * w, 0, sunSide * w, H * 0.92, sunSide * w * 0.5, H * 0.98, sunSide * w * 0.1, H * 0.95]);
      const armY = H * (0.4 + v * 0.2);
      poly(p.mid, T, [w, armY, W * 0.42, armY, W * 0.42, armY + H * 0.3, W * 0.42 - w * 1.4, armY + H * 0.3, W * 0.42 - w * 1.4, armY + w * 1.2, w, armY + w * 1.2]);
      if (v > 0.4) poly(p.dark, T, [-w, armY - H * 0.1, -W * 0.4, armY - H * 0.1, -W * 0.4, armY + H * 0.2, -W * 0.4 + w * 1.3, armY + H * 0.2, -W * 0.4 + w * 1.3, armY - H * 0.1 + w * 1.2, -w, armY - H * 0.1 + w * 1.2]);
      break;
    }
    case 'rock': {
      const k = [0.5, 0.62 + v * 0.2, 0.9, 0.72 - v * 0.2, 0.55];
      poly(p.dark, T, [-W / 2, 0, -W * 0.45, H * k[0]!, -W * 0.15, H * k[2]!, W * 0.2, H, W * 0.48, H * k[3]!, W / 2, 0]);
      poly(p.light, T, [-W * 0.15 * -sunSide, H * k[2]!, W * 0.2 * (sunSide > 0 ? 1 : -1), H, W * 0.48 * sunSide, H * k[3]!, W * 0.1 * sunSide, H * 0.45]);
      break;
    }
    case 'bush': {
      for (let i = 0; i < 4; i++) blob(p.dark, T, s, (i - 1.5) * W * 0.22, H * 0.4, W * 0.26);
      blob(p.mid, T, s, -sunSide * W * 0.05, H * 0.55, W * 0.3);
      blob(p.light, T, s, sunSide * W * 0.18, H * 0.62, W * 0.18);
      break;
    }
    case 'reeds': {
      const blades = 5;
      for (let i = 0; i < blades; i++) {
        const x = (i / (blades - 1) - 0.5) * W;
        const hh = H * (0.6 + 0.4 * Math.abs(Math.sin(i * 2.3 + v * 9)));
        const lean = (i - blades / 2) * 0.05 * H;
        poly(i % 2 ? p.mid : p.dark, T, [x - 0.015, 0, x + 0.015, 0, x + lean, hh]);
        if (i % 3 === 1) poly(p.trunk, T, [x + lean * 0.8 - 0.03, hh * 0.8, x + lean * 0.8 + 0.03, hh * 0.8, x + lean * 0.92 + 0.03, hh * 0.95, x + lean * 0.92 - 0.03, hh * 0.95]);
      }
      break;
    }
    case 'lamp': {
      const pole = 0.07;
      poly(p.trunk, T, [-pole, 0, pole, 0, pole * 0.7, H, -pole * 0.7, H]);
      const arm = W * 0.6 * (v > 0.5 ? 1 : -1);
      poly(p.trunk, T, [0, H - 0.05, arm, H - 0.1, arm, H - 0.22, 0, H - 0.17]);
      const [gx, gy] = T(arm * 0.9, H - 0.3);
      p.glow.push({ x: gx, y: gy, r: Math.max(1.2, 0.14 * s) });
      poly(p.dark, T, [arm * 0.7, H - 0.18, arm * 1.1, H - 0.18, arm, H - 0.32, arm * 0.8, H - 0.32]);
      break;
    }
  }
}
