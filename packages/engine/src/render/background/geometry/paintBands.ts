/**
 * Paints a colour gradient that runs across the horizon (sky above, ground below) over the
 * whole frame. Skia draws two-colour gradients several times faster than many-colour ones,
 * so a level horizon uses a tall one-pixel strip stretched over the frame (one cheap blit),
 * and a rolled horizon is painted as bands of two-colour gradients.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { mixRgb, toRgba, type Rgb } from '../../lighting/colour.ts';
import { clipConvex } from './clipConvex.ts';
import { fillPolygon, tracePolygon } from './fillPolygon.ts';
import { screenHalfPlane, type Horizon } from './horizon.ts';

export interface BandStop {
  /** Pixels above the horizon along its normal (negative below). */
  v: number;
  colour: Rgb;
}

const STRIP_HEIGHT = 1024;
let strip: Canvas | null = null;

function colourAtV(stops: readonly BandStop[], v: number): Rgb {
  if (v >= stops[0]!.v) return stops[0]!.colour;
  for (let i = 0; i + 1 < stops.length; i++) {
    const a = stops[i]!;
    const b = stops[i + 1]!;
    if (v <= a.v && v >= b.v) return mixRgb(a.colour, b.colour, a.v === b.v ? 0 : (a.v - v) / (a.v - b.v));
  }
  return stops[stops.length - 1]!.colour;
}

/**
 * `stops` sorted from the top (largest v) down. With `belowOnly` nothing is painted above the
 * first stop (the ground painted after things in the sky).
 */
export function paintBands(ctx: SKRSContext2D, h: Horizon, width: number, height: number, stops: readonly BandStop[], belowOnly = false): void {
  if (stops.length === 0) return;
  if (belowOnly) {
    const below = screenHalfPlane(h, width, height, stops[0]!.v, -1);
    if (below.length < 6) return;
    ctx.save();
    ctx.beginPath();
    tracePolygon(ctx, below);
    ctx.clip();
    paintBands(ctx, h, width, height, stops, false);
    ctx.restore();
    return;
  }
  if (Math.abs(h.nx) < 1e-9 && h.ny < 0) {
    // Level horizon: y = y0 − v.
    strip ??= createCanvas(1, STRIP_HEIGHT);
    const sctx = strip.getContext('2d');
    const g = sctx.createLinearGradient(0, 0, 0, STRIP_HEIGHT);
    g.addColorStop(0, toRgba(colourAtV(stops, h.y0)));
    for (const s of stops) {
      const t = (h.y0 - s.v) / height;
      if (t > 0 && t < 1) g.addColorStop(t, toRgba(s.colour));
    }
    g.addColorStop(1, toRgba(colourAtV(stops, h.y0 - height)));
    sctx.fillStyle = g;
    sctx.fillRect(0, 0, 1, STRIP_HEIGHT);
    ctx.save();
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'low';
    ctx.drawImage(strip, 0, 0, 1, STRIP_HEIGHT, 0, 0, width, height);
    ctx.restore();
    return;
  }
  // Above the first stop and below the last: flat colour; between stops: two-colour bands.
  const top = screenHalfPlane(h, width, height, stops[0]!.v, 1);
  if (top.length >= 6) {
    ctx.fillStyle = toRgba(stops[0]!.colour);
    fillPolygon(ctx, top);
  }
  for (let i = 0; i + 1 < stops.length; i++) {
    const a = stops[i]!;
    const b = stops[i + 1]!;
    if (a.v - b.v < 0.01) continue;
    const below = screenHalfPlane(h, width, height, a.v + 0.5, -1);
    if (below.length < 6) continue;
    const band = clipConvex(below, screenHalfPlane(h, width, height, b.v - 0.5, 1));
    if (!band) continue;
    const g = ctx.createLinearGradient(h.x0 + h.nx * a.v, h.y0 + h.ny * a.v, h.x0 + h.nx * b.v, h.y0 + h.ny * b.v);
    g.addColorStop(0, toRgba(a.colour));
    g.addColorStop(1, toRgba(b.colour));
    ctx.fillStyle = g;
    fillPolygon(ctx, band);
  }
  const last = stops[stops.length - 1]!;
  const bottom = screenHalfPlane(h, width, height, last.v, -1);
  if (bottom.length >= 6) {
    ctx.fillStyle = toRgba(last.colour);
    fillPolygon(ctx, bottom);
  }
}
