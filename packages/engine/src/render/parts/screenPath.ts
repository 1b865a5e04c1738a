/** Small helpers for building outlines on the canvas. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ScreenEllipse } from './projectEllipsoid.ts';

export interface Pt {
  x: number;
  y: number;
}

/** Twice the signed area; positive = clockwise on screen (y down), like ctx.ellipse(..., false). */
export function signedArea(pts: readonly Pt[]): number {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % pts.length]!;
    s += a.x * b.y - b.x * a.y;
  }
  return s;
}

/**
 * Add a polygon, wound clockwise, so that overlapping sub-paths union under 'nonzero'. Fills
 * close sub-paths by themselves; pass `close` when the path will be stroked.
 */
export function addPolygon(ctx: SKRSContext2D, pts: readonly Pt[], close = false): void {
  if (pts.length < 3) return;
  const cw = signedArea(pts) >= 0;
  const n = pts.length;
  for (let k = 0; k < n; k++) {
    const p = pts[cw ? k : n - 1 - k]!;
    if (k === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  }
  if (close) ctx.closePath();
}

/**
 * Add an ellipse. Without a moveTo first: a fill's joining segment from the previous sub-path
 * is travelled there and back and encloses nothing. Strokes must start a fresh path.
 */
export function addEllipse(ctx: SKRSContext2D, e: ScreenEllipse): void {
  // Start a new sub-path at the ellipse's first point: otherwise ellipse() joins it to the
  // previous shape in the path with a straight edge (visible when fills are batched).
  const start = ellipsePoint(e, 0);
  ctx.moveTo(start.x, start.y);
  ctx.ellipse(e.cx, e.cy, Math.max(0.01, e.rx), Math.max(0.01, e.ry), e.angle, 0, Math.PI * 2, false);
}

/** A point on an ellipse at parameter t (unit-circle angle in the ellipse's own frame). */
export function ellipsePoint(e: ScreenEllipse, t: number): Pt {
  const c = Math.cos(e.angle), s = Math.sin(e.angle);
  const a = e.rx * Math.cos(t), b = e.ry * Math.sin(t);
  return { x: e.cx + a * c - b * s, y: e.cy + a * s + b * c };
}
