/** Fill a screen polygon given as a flat [x, y, x, y, …] list with the current fill style. */
import type { SKRSContext2D } from '@napi-rs/canvas';

export function tracePolygon(ctx: SKRSContext2D, pts: readonly number[]): void {
  ctx.moveTo(pts[0]!, pts[1]!);
  for (let i = 2; i < pts.length; i += 2) ctx.lineTo(pts[i]!, pts[i + 1]!);
  ctx.closePath();
}

export function fillPolygon(ctx: SKRSContext2D, pts: readonly number[]): void {
  if (pts.length < 6) return;
  ctx.beginPath();
  tracePolygon(ctx, pts);
  ctx.fill();
}

/** Bounding box [minX, minY, maxX, maxY] of a flat point list. */
export function boundsOf(pts: readonly number[]): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < pts.length; i += 2) {
    const x = pts[i]!, y = pts[i + 1]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}
