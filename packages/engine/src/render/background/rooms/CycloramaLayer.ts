/**
 * A photo studio's seamless backdrop (cyclorama): a pale concrete floor that curves up into
 * the back wall with no visible corner, softly lit by a spotlight behind the subject and
 * falling off towards its edges and top, with the dark studio beyond.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { mixRgb, parseColour, scaleRgb, toRgba } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { fillPolygon } from '../geometry/fillPolygon.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { projectPolygon, viewOf } from '../geometry/projectWorld.ts';
import { litRgb } from '../geometry/shading.ts';

const HALF_WIDTH = 14;
const CURVE_START = -5;
const RADIUS = 2.6;
const TOP = 8;
const BANDS = 20;

export class CycloramaLayer implements BackdropLayer {
  readonly name = 'cyclorama';

  constructor(private readonly albedo = '#dcdbd8') {}

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const albedo = parseColour(this.albedo);
    const x0 = -HALF_WIDTH;
    const x1 = HALF_WIDTH;
    const band = (pts: number[], normal: Vec3): void => {
      const screen = projectPolygon(view.basis, pts);
      if (screen.length < 6) return;
      ctx.fillStyle = toRgba(litRgb(view.light, albedo, normal, 0.9));
      fillPolygon(ctx, screen);
    };
    // One base shape first so the seams between bands never show the dark studio through.
    const profile: [number, number][] = [[30, 0], [CURVE_START, 0]];
    for (let i = 1; i <= BANDS; i++) {
      const a = (i / BANDS) * (Math.PI / 2);
      profile.push([CURVE_START - RADIUS * Math.sin(a), RADIUS * (1 - Math.cos(a))]);
    }
    profile.push([CURVE_START - RADIUS, TOP]);
    const outline: number[] = [];
    for (const [z, y] of profile) outline.push(x0, y, z);
    for (let i = profile.length - 1; i >= 0; i--) outline.push(x1, profile[i]![1], profile[i]![0]);
    const baseShape = projectPolygon(view.basis, outline);
    if (baseShape.length >= 6) {
      ctx.fillStyle = toRgba(litRgb(view.light, albedo, [0, 0.7, 0.7], 0.9));
      fillPolygon(ctx, baseShape);
    }
    // Floor, then the curve in thin bands, then the wall; each band overlaps the next a little.
    band([x0, 0, 30, x1, 0, 30, x1, 0, CURVE_START, x0, 0, CURVE_START], [0, 1, 0]);
    for (let i = 0; i < BANDS; i++) {
      const a0 = (i / BANDS) * (Math.PI / 2);
      const a1 = ((i + 1.15) / BANDS) * (Math.PI / 2);
      const z0 = CURVE_START - RADIUS * Math.sin(a0);
      const y0 = RADIUS * (1 - Math.cos(a0));
      const z1 = CURVE_START - RADIUS * Math.sin(Math.min(Math.PI / 2, a1));
      const y1 = RADIUS * (1 - Math.cos(Math.min(Math.PI / 2, a1)));
      const mid = (a0 + a1) / 2;
      band([x0, y0, z0, x1, y0, z0, x1, y1, z1, x0, y1, z1], [0, Math.cos(mid), Math.sin(mid)]);
    }
    const zw = CURVE_START - RADIUS;
    band([x0, RADIUS, zw, x1, RADIUS, zw, x1, TOP, zw, x0, TOP, zw], [0, 0, 1]);
    // The spotlight's pool behind the subject and the fall-off towards the edges.
    const v = [0, 0, 0];
    viewOf(view.basis, 0, 1.6, zw + 0.2, v);
    if (v[2]! > 0.5) {
      const s = view.focal / v[2]!;
      const x = view.basis.cx + v[0]! * s;
      const y = view.basis.cy - v[1]! * s;
      const r = 5.5 * s;
      const warm = mixRgb(parseColour(view.lighting.sunColour), [255, 255, 255], 0.5);
      const g = ctx.createRadialGradient(x, y, 0, x, y, r);
      g.addColorStop(0, toRgba(warm, 0.32));
      g.addColorStop(1, toRgba(warm, 0));
      ctx.fillStyle = g;
      ctx.fillRect(x - r, y - r, r * 2, r * 2);
    }
    // The top of the backdrop and the floor near the camera fall off into shade.
    const top = projectPolygon(view.basis, [x0, 3, zw + 0.01, x1, 3, zw + 0.01, x1, TOP, zw + 0.01, x0, TOP, zw + 0.01]);
    const yTop = projectPolygon(view.basis, [0, TOP, zw, 0.01, TOP, zw, 0, TOP - 0.01, zw]);
    const yMid = projectPolygon(view.basis, [0, 3, zw, 0.01, 3, zw, 0, 2.99, zw]);
    if (top.length >= 6 && yTop.length >= 2 && yMid.length >= 2) {
      const shade = scaleRgb(litRgb(view.light, albedo, [0, 0, 1], 0.9), 0.62);
      const g = ctx.createLinearGradient(0, yMid[1]!, 0, yTop[1]!);
      g.addColorStop(0, toRgba(shade, 0));
      g.addColorStop(1, toRgba(shade, 0.6));
      ctx.fillStyle = g;
      fillPolygon(ctx, top);
    }
    // Edges of the backdrop fade into the dark studio.
    const edge = scaleRgb(litRgb(view.light, albedo, [0, 0, 1], 0.9), 0.35);
    for (const side of [-1, 1]) {
      const xa = side * HALF_WIDTH;
      const xb = side * (HALF_WIDTH - 4);
      const pts = projectPolygon(view.basis, [xb, 0, 30, xa, 0, 30, xa, TOP, zw, xb, TOP, zw]);
      if (pts.length < 6) continue;
      const [pa] = [projectPolygon(view.basis, [xa, 1, zw, xa, 1, zw + 0.01, xa, 1.01, zw])];
      const [pb] = [projectPolygon(view.basis, [xb, 1, zw, xb, 1, zw + 0.01, xb, 1.01, zw])];
      if (pa.length < 2 || pb.length < 2) continue;
      const g = ctx.createLinearGradient(pb[0]!, pb[1]!, pa[0]!, pa[1]!);
      g.addColorStop(0, toRgba(edge, 0));
      g.addColorStop(1, toRgba(edge, 0.85));
      ctx.fillStyle = g;
      fillPolygon(ctx, pts);
    }
  }
}
