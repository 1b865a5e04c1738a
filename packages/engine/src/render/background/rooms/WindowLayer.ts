/**
 * A window in a wall showing the time of day outside: the sky's gradient, a far line of hills
 * and trees, the glow of a low sun or the moon and stars, behind a painted frame with
 * mullions and a sill. By day it also throws a patch of light onto the floor.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { mixRgb, parseColour, scaleRgb, toRgba } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { boundsOf, fillPolygon, tracePolygon } from '../geometry/fillPolygon.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { projectPolygon } from '../geometry/projectWorld.ts';
import { drawFacets, quad, type Facet } from '../scenery/FacetLayer.ts';
import { skyColourAt } from '../sky/skyColour.ts';

export interface WindowSpec {
  /** On a wall at z = `z`, facing +z: opening from x0..x1, y0..y1. */
  z: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  frame: string;
  /** Number of panes across. */
  panes: number;
  /** Frosted glass (bathrooms): light only, no view. */
  frosted?: boolean;
  floorY: number;
}

export class WindowLayer implements BackdropLayer {
  readonly name = 'window';

  constructor(private readonly w: WindowSpec) {}

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const { w } = this;
    const eye = view.basis.eye;
    if (eye[2] <= w.z) return;
    const glass = projectPolygon(view.basis, quad([w.x0, w.y0, w.z], [w.x1, w.y0, w.z], [w.x1, w.y1, w.z], [w.x0, w.y1, w.z]));
    if (glass.length < 6) return;
    const night = view.lighting.lightSource === 'moon' || view.scene.timeOfDay === 'night';
    const [bx0, by0, bx1, by1] = boundsOf(glass);
    ctx.save();
    ctx.beginPath();
    tracePolygon(ctx, glass);
    ctx.clip();
    const top = skyColourAt(view.lighting, 40);
    const low = skyColourAt(view.lighting, 2);
    const g = ctx.createLinearGradient(0, by0, 0, by1);
    if (w.frosted) {
      const light = mixRgb(low, [255, 255, 255], night ? 0.05 : 0.6);
      g.addColorStop(0, toRgba(scaleRgb(light, night ? 0.4 : 1)));
      g.addColorStop(1, toRgba(scaleRgb(light, night ? 0.3 : 0.9)));
    } else {
      g.addColorStop(0, toRgba(top));
      g.addColorStop(0.75, toRgba(low));
      g.addColorStop(1, toRgba(low));
    }
    ctx.fillStyle = g;
    ctx.fillRect(bx0, by0, bx1 - bx0, by1 - by0);
    if (!w.frosted) {
      const width = bx1 - bx0;
      const hgt = by1 - by0;
      // A distant low sun or the moon, when it is that time of day.
      const tod = view.scene.timeOfDay;
      if (tod === 'sunset' || tod === 'dawn' || night) {
        const cx = bx0 + width * (tod === 'dawn' ? 0.3 : 0.68);
        const cy = by0 + hgt * (night ? 0.3 : 0.62);
        const r = Math.max(2, width * 0.07);
        const c = night ? [235, 236, 225] as const : parseColour(view.lighting.sunColour);
        const glow = ctx.createRadialGradient(cx, cy, 0, cx, cy, r * 6);
        glow.addColorStop(0, toRgba(c, 0.5));
        glow.addColorStop(1, toRgba(c, 0));
        ctx.fillStyle = glow;
        ctx.fillRect(cx - r * 6, cy - r * 6, r * 12, r * 12);
        ctx.fillStyle = toRgba(mixRgb(c, [255, 255, 255], 0.5));
        ctx.beginPath();
        ctx.arc(cx, cy, r, 0, Math.PI * 2);
        ctx.fill();
      }
      if (night) {
        ctx.fillStyle = 'rgba(235,240,255,0.8)';
        for (let i = 0; i < 18; i++) {
          const sx = bx0 + width * ((i * 0.618) % 1);
          const sy = by0 + hgt * 0.55 * ((i * 0.377) % 1);
          ctx.fillRect(sx, sy, 1, 1);
        }
      }
      // Hills and trees outside, hazy.
      const hills = mixRgb(low, night ? [10, 16, 28] : [70, 110, 80], night ? 0.6 : 0.45);
      ctx.fillStyle = toRgba(hills);
      ctx.beginPath();
      ctx.moveTo(bx0, by1);
      for (let i = 0; i <= 16; i++) {
        const t = i / 16;
        ctx.lineTo(bx0 + width * t, by1 - hgt * (0.18 + 0.08 * Math.sin(t * 7.1) + 0.05 * Math.sin(t * 17.3 + 1)));
      }
      ctx.lineTo(bx1, by1);
      ctx.closePath();
      ctx.fill();
      ctx.fillStyle = toRgba(scaleRgb(hills, 0.8));
      ctx.beginPath();
      ctx.moveTo(bx0, by1);
      for (let i = 0; i <= 24; i++) {
        const t = i / 24;
        ctx.lineTo(bx0 + width * t, by1 - hgt * (0.1 + 0.05 * Math.abs(Math.sin(t * 23.7))));
      }
      ctx.lineTo(bx1, by1);
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();
    // Frame, mullions and sill.
    const t = 0.06;
    const f = (x0: number, y0: number, x1: number, y1: number, dz = 0.02): Facet => ({ points: quad([x0, y0, w.z + dz], [x1, y0, w.z + dz], [x1, y1, w.z + dz], [x0, y1, w.z + dz]), albedo: w.frame, normal: [0, 0, 1] });
    const frame: Facet[] = [f(w.x0 - t, w.y0 - t, w.x1 + t, w.y0), f(w.x0 - t, w.y1, w.x1 + t, w.y1 + t), f(w.x0 - t, w.y0, w.x0, w.y1), f(w.x1, w.y0, w.x1 + t, w.y1)];
    for (let i = 1; i < w.panes; i++) {
      const x = w.x0 + ((w.x1 - w.x0) * i) / w.panes;
      frame.push(f(x - t / 3, w.y0, x + t / 3, w.y1));
    }
    if (!w.frosted) frame.push(f(w.x0, (w.y0 + w.y1) / 2 + 0.1 - t / 3, w.x1, (w.y0 + w.y1) / 2 + 0.1 + t / 3));
    frame.push({ points: quad([w.x0 - 0.1, w.y0 - t, w.z + 0.18], [w.x1 + 0.1, w.y0 - t, w.z + 0.18], [w.x1 + 0.1, w.y0 - t, w.z], [w.x0 - 0.1, w.y0 - t, w.z]), albedo: w.frame, normal: [0, 1, 0] });
    drawFacets(ctx, view, frame);
    // Daylight falling through onto the floor.
    if (!night && !w.frosted && view.scene.weather !== 'storm') {
      const depth = (w.y1 - w.floorY) * 0.9;
      const spill = projectPolygon(view.basis, quad([w.x0 + 0.3, w.floorY + 0.002, w.z + 0.2], [w.x1 + 0.3, w.floorY + 0.002, w.z + 0.2], [w.x1 + 0.9, w.floorY + 0.002, w.z + depth], [w.x0 + 0.9, w.floorY + 0.002, w.z + depth]));
      if (spill.length >= 6) {
        ctx.fillStyle = toRgba(mixRgb(parseColour(view.lighting.skyHorizon), [255, 240, 210], 0.6), 0.14);
        fillPolygon(ctx, spill);
      }
    }
  }
}
