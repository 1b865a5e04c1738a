/**
 * A ring of far scenery standing around the scene: mountains, hills, dunes, a tree line or a
 * city skyline, as a height profile around a circle. Drawn in true perspective, so panning,
 * orbiting and dollying move it correctly (near rings show parallax against far ones), faded
 * into the haze with distance, and mirrored in still water.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { normalize } from '../../../math/vec3.ts';
import { mixRgb, parseColour, scaleRgb, toRgba, type Rgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { fillPolygon } from '../geometry/fillPolygon.ts';
import { hashUnit } from '../geometry/hashNoise.ts';
import { simplifyPolyline } from '../geometry/simplifyPolyline.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { viewOf } from '../geometry/projectWorld.ts';
import { hazed, litRgb } from '../geometry/shading.ts';
import { visibleAzimuths } from '../geometry/visibleAzimuths.ts';

export type RingStyle = 'plain' | 'mountain' | 'canopy' | 'city' | 'dunes';

export interface CityBlock {
  /** Angles (radians) where the building starts and ends. */
  from: number;
  to: number;
  height: number;
}

export interface RingSpec {
  name: string;
  /** Metres from the origin. */
  radius: number;
  /** Heights (m) above `base` at equal steps around the circle, starting at angle 0. */
  heights: Float32Array;
  /** Height of the foot of the ring (m). */
  base: number;
  albedo: string;
  style: RingStyle;
  /** Mountains: height above the foot where snow starts (m). */
  snowLine?: number;
  /** City: the buildings, for lit windows at night. */
  blocks?: CityBlock[];
  /** Extra haze at the foot (valley mist), 0..1. */
  mist?: number;
  /** Reflected in water in front of it. */
  reflect?: boolean;
  seed: number;
}

interface Projected {
  /** Screen points of the tops, in angle order. */
  tops: number[];
  bases: number[];
  /** The angle and height of each sample. */
  angles: number[];
  heights: number[];
}

const TWO_PI = Math.PI * 2;

export class RingLayer implements BackdropLayer {
  readonly name: string;

  constructor(readonly spec: RingSpec) {
    this.name = spec.name;
  }

  private radiusFor(view: BackdropView): number {
    const e = view.basis.eye;
    return Math.max(this.spec.radius, Math.hypot(e[0], e[2]) + 15);
  }

  /** Project the visible part of the ring; `mirrorAt` reflects it in a water surface at that height. */
  private project(view: BackdropView, mirrorAt: number | null): Projected | null {
    const { spec } = this;
    const R = this.radiusFor(view);
    const range = visibleAzimuths(view.basis, view.horizon, view.width, view.height, R, 0.04);
    if (!range) return null;
    const n = spec.heights.length;
    const dA = TWO_PI / n;
    const e = view.basis.eye;
    const nearest = Math.max(1, R - Math.hypot(e[0], e[2]));
    const pxPerSample = (view.focal * dA * R) / nearest;
    const stride = Math.max(1, Math.floor(2.5 / pxPerSample));
    const i0 = Math.floor(range.from / dA / stride) * stride;
    const i1 = Math.ceil(range.to / dA / stride) * stride;
    const tops: number[] = [];
    const bases: number[] = [];
    const angles: number[] = [];
    const heights: number[] = [];
    const v = [0, 0, 0];
    const { focal, cx, cy } = view.basis;
    const sink = mirrorAt === null ? 2 : 0;
    for (let i = i0; i <= i1; i += stride) {
      let hmax = 0;
      for (let k = 0; k < stride; k++) {
        const hk = spec.heights[(((i + k) % n) + n) % n]!;
        if (hk > hmax) hmax = hk;
      }
      const a = (i + (stride > 1 ? stride / 2 : 0)) * dA;
      const x = R * Math.sin(a);
      const z = -R * Math.cos(a);
      const topY = mirrorAt === null ? spec.base + hmax : 2 * mirrorAt - (spec.base + hmax);
      const baseY = mirrorAt === null ? spec.base - sink : 2 * mirrorAt - spec.base;
      viewOf(view.basis, x, topY, z, v);
      if (v[2]! < 0.5) continue;
      tops.push(cx + (focal * v[0]!) / v[2]!, cy - (focal * v[1]!) / v[2]!);
      viewOf(view.basis, x, baseY, z, v);
      bases.push(cx + (focal * v[0]!) / v[2]!, cy - (focal * v[1]!) / v[2]!);
      angles.push(a);
      heights.push(hmax);
    }
    if (tops.length < 4) return null;
    return { tops, bases, angles, heights };
  }

  /** The filled shape: the (thinned) top edge, then back along the foot. */
  private outline(p: Projected, view: BackdropView): number[] {
    const pts = simplifyPolyline(p.tops, 0.4, -8, view.width + 8);
    const foot = simplifyPolyline(p.bases, 0.6, -8, view.width + 8);
    for (let i = foot.length - 2; i >= 0; i -= 2) pts.push(foot[i]!, foot[i + 1]!);
    return pts;
  }

  /** Colour of the ring's face towards the viewer (and of slopes turned ±90° for mountains). */
  private faceColours(view: BackdropView, centreAngle: number): { face: Rgb; lit: Rgb; dark: Rgb } {
    const albedo = parseColour(this.spec.albedo);
    const toViewer: Vec3 = [-Math.sin(centreAngle), 0, Math.cos(centreAngle)];
    const tangent: Vec3 = [Math.cos(centreAngle), 0, Math.sin(centreAngle)];
    const side = Math.sign(view.light.sunDirection[0] * tangent[0] + view.light.sunDirection[2] * tangent[2]) || 1;
    const slope = (s: number): Vec3 => normalize([
      toViewer[0] * 0.55 + tangent[0] * 0.75 * s,
      0.45,
      toViewer[2] * 0.55 + tangent[2] * 0.75 * s,
    ]);
    return {
      face: litRgb(view.light, albedo, normalize([toViewer[0], 0.35, toViewer[2]]), 0.6),
      lit: litRgb(view.light, albedo, slope(side), 0.4),
      dark: litRgb(view.light, albedo, slope(-side), 0.4),
    };
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const p = this.project(view, null);
    if (!p) return;
    const dist = this.radiusFor(view);
    const mid = p.angles[Math.floor(p.angles.length / 2)]!;
    const colours = this.faceColours(view, mid);
    const outline = this.outline(p, view);
    view.skyline.addOutline(outline);
    const { style } = this.spec;
    const base = style === 'mountain' || style === 'dunes' ? colours.dark : colours.face;
    if (style === 'canopy') this.drawCanopyRim(ctx, view, outline, base, dist);
    this.fillGraded(ctx, view, outline, p, base, dist);
    if (style === 'mountain' || style === 'dunes') this.drawFacets(ctx, view, p, colours, dist);
    if (style === 'city') this.drawCity(ctx, view, p, base, dist);
  }

  /** Fill with a vertical fade from the hazed top colour to a mistier foot. */
  private fillGraded(ctx: SKRSContext2D, view: BackdropView, outline: number[], p: Projected, colour: Rgb, dist: number): void {
    let top = Infinity;
    let bottom = -Infinity;
    for (let i = 1; i < p.tops.length; i += 2) top = Math.min(top, p.tops[i]!);
    for (let i = 1; i < p.bases.length; i += 2) bottom = Math.max(bottom, p.bases[i]!);
    const h = view.horizon;
    const g = ctx.createLinearGradient(h.x0 + h.nx * 0, top, h.x0, Math.max(top + 1, bottom));
    g.addColorStop(0, toRgba(hazed(view.light, colour, dist)));
    g.addColorStop(1, toRgba(hazed(view.light, colour, dist, this.spec.mist ?? 0.15)));
    ctx.fillStyle = g;
    fillPolygon(ctx, outline);
  }

  /** Sunlit slopes: from each peak down to the next valley on the sun's side. */
  private drawFacets(ctx: SKRSContext2D, view: BackdropView, p: Projected, colours: { lit: Rgb; dark: Rgb }, dist: number): void {
    const { spec } = this;
    const sun = view.light.sunDirection;
    const count = p.heights.length;
    const lit = new PathBuilder();
    const mid = p.angles[Math.floor(count / 2)]!;
    const side = Math.sign(sun[0] * Math.cos(mid) + sun[2] * Math.sin(mid)) || 1;
    // In screen order, the sun's side is towards increasing angle when side > 0.
    for (let i = 1; i < count - 1; i++) {
      const h = p.heights[i]!;
      if (!(h >= p.heights[i - 1]! && h > p.heights[i + 1]!)) continue;
      const step = side > 0 ? 1 : -1;
      let j = i;
      while (j + step >= 0 && j + step < count && p.heights[j + step]! <= p.heights[j]!) j += step;
      if (Math.abs(j - i) < 1) continue;
      const pts: number[] = [];
      for (let k = i; k !== j + step; k += step) pts.push(p.tops[k * 2]!, p.tops[k * 2 + 1]!);
      const foot = i + Math.round((j - i) * 0.25);
      pts.push(p.bases[j * 2]!, p.bases[j * 2 + 1]!, p.bases[foot * 2]!, p.bases[foot * 2 + 1]!);
      lit.polygon(pts);
    }
    const litPath = lit.empty ? null : lit.toPath();
    if (litPath) {
      ctx.fillStyle = toRgba(hazed(view.light, colours.lit, dist, 0.05));
      ctx.fill(litPath);
    }
    if (spec.snowLine === undefined) return;
    const snow = new PathBuilder();
    const v = [0, 0, 0];
    const R = this.radiusFor(view);
    const { focal, cx, cy } = view.basis;
    let run: number[] = [];
    let under: number[] = [];
    const flush = (): void => {
      if (run.length >= 4) {
        const pts = run.slice();
        for (let i = under.length - 2; i >= 0; i -= 2) pts.push(under[i]!, under[i + 1]!);
        snow.polygon(pts);
      }
      run = [];
      under = [];
    };
    for (let i = 0; i < count; i++) {
      const a = p.angles[i]!;
      const jag = (hashUnit(spec.seed, Math.round(a * 2000)) - 0.5) * spec.snowLine * 0.12;
      const line = spec.snowLine + jag;
      if (p.heights[i]! <= line) {
        flush();
        continue;
      }
      run.push(p.tops[i * 2]!, p.tops[i * 2 + 1]!);
      viewOf(view.basis, R * Math.sin(a), spec.base + line, -R * Math.cos(a), v);
      under.push(cx + (focal * v[0]!) / v[2]!, cy - (focal * v[1]!) / v[2]!);
    }
    flush();
    if (snow.empty) return;
    const snowPath = snow.toPath();
    const snowAlbedo: Rgb = [238, 244, 252];
    const shadowSnow = mixRgb(litRgb(view.light, snowAlbedo, [0, 0.3, 1], 0.6), [150, 175, 230], 0.25);
    ctx.fillStyle = toRgba(hazed(view.light, shadowSnow, dist));
    ctx.fill(snowPath);
    if (litPath) {
      ctx.save();
      ctx.clip(litPath);
      ctx.fillStyle = toRgba(hazed(view.light, scaleRgb(litRgb(view.light, snowAlbedo, normalize([sun[0], 0.5, sun[2]]), 0.3), 1.05), dist));
      ctx.fill(snowPath);
      ctx.restore();
    }
  }

  /** Leafy edges catch the light: the body is drawn over a copy nudged towards the sun, leaving a bright rim. */
  private drawCanopyRim(ctx: SKRSContext2D, view: BackdropView, outline: number[], base: Rgb, dist: number): void {
    const { basis, light } = view;
    const sun = light.sunDirection;
    const sx = sun[0] * basis.right[0] + sun[1] * basis.right[1] + sun[2] * basis.right[2];
    const sy = -(sun[0] * basis.up[0] + sun[1] * basis.up[1] + sun[2] * basis.up[2]);
    const sf = sun[0] * basis.forward[0] + sun[1] * basis.forward[1] + sun[2] * basis.forward[2];
    const l = Math.hypot(sx, sy) || 1;
    const backlit = Math.max(0, sf);
    const night = view.lighting.lightSource === 'moon';
    const width = (view.height / 640) * (1.2 + 2.2 * backlit) * (night ? 0.6 : 1);
    const sunRgb = parseColour(view.lighting.sunColour);
    const rim = mixRgb(base, mixRgb(sunRgb, [255, 255, 255], 0.2), (0.3 + 0.35 * backlit) * Math.min(1, view.lighting.sunIntensity));
    ctx.save();
    ctx.translate((sx / l) * width, (sy / l) * width);
    ctx.fillStyle = toRgba(hazed(light, rim, dist));
    fillPolygon(ctx, outline);
    ctx.restore();
  }

  /** Office windows: a scatter of lit ones after dark, faint reflections by day. */
  private drawCity(ctx: SKRSContext2D, view: BackdropView, p: Projected, base: Rgb, dist: number): void {
    const blocks = this.spec.blocks;
    if (!blocks) return;
    if (view.lighting.lightSource !== 'moon' && view.scene.timeOfDay !== 'sunset' && view.scene.timeOfDay !== 'dawn') return;
    const night = view.lighting.lightSource === 'moon';
    const dusk = view.scene.timeOfDay === 'sunset' || view.scene.timeOfDay === 'dawn';
    const share = night ? 0.42 : dusk ? 0.18 : 0;
    const R = this.radiusFor(view);
    const from = p.angles[0]!;
    const to = p.angles[p.angles.length - 1]!;
    const v = [0, 0, 0];
    const { focal, cx, cy } = view.basis;
    const lit = new PathBuilder();
    const glass = new PathBuilder();
    const rowH = 3.6;
    const colW = 3.2;
    for (let b = 0; b < blocks.length; b++) {
      const blk = blocks[b]!;
      let a0 = blk.from;
      let a1 = blk.to;
      // Bring the block's angles next to the visible range.
      while (a1 < from) { a0 += TWO_PI; a1 += TWO_PI; }
      while (a0 > to) { a0 -= TWO_PI; a1 -= TWO_PI; }
      if (a1 < from || a0 > to) continue;
      const cols = Math.floor(((a1 - a0) * R) / colW);
      const rows = Math.floor((blk.height - 4) / rowH);
      for (let c = 1; c < cols; c++) {
        const a = a0 + ((a1 - a0) * c) / cols;
        const x = R * Math.sin(a);
        const z = -R * Math.cos(a) ;
        for (let r = 1; r < rows; r++) {
          const on = hashUnit(this.spec.seed, b, c, r);
          viewOf(view.basis, x, this.spec.base + r * rowH, z, v);
          if (v[2]! < 1) continue;
          const sx = cx + (focal * v[0]!) / v[2]!;
          const sy = cy - (focal * v[1]!) / v[2]!;
          const w = Math.max(0.8, (focal * 1.6) / v[2]!);
          const hgt = Math.max(0.8, (focal * 1.8) / v[2]!);
          if (on < share) lit.rect(sx - w / 2, sy - hgt / 2, w, hgt);
        }
      }
    }
    if (!lit.empty) {
      ctx.fillStyle = toRgba(hazed(view.light, [255, 214, 140], dist * 0.5), 0.9);
      ctx.fill(lit.toPath());
    }
    if (!glass.empty) {
      ctx.fillStyle = toRgba(hazed(view.light, mixRgb(base, [220, 235, 250], 0.35), dist), 0.7);
      ctx.fill(glass.toPath());
    }
  }

  /** The ring mirrored in a water surface at `level` (drawn by the water layer, before its ripples). */
  drawReflection(ctx: SKRSContext2D, view: BackdropView, level: number, tint: Rgb, alpha: number): void {
    if (!this.spec.reflect) return;
    const p = this.project(view, level);
    if (!p) return;
    const dist = this.radiusFor(view);
    const mid = p.angles[Math.floor(p.angles.length / 2)]!;
    const c = this.faceColours(view, mid).face;
    ctx.fillStyle = toRgba(mixRgb(hazed(view.light, c, dist), tint, 0.35), alpha);
    fillPolygon(ctx, this.outline(p, view));
  }
}
