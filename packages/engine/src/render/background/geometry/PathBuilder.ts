/**
 * Collects many small shapes into one SVG path string and hands it to Skia in a single call:
 * hundreds of grass tufts, stars or tiles then cost one fill instead of hundreds. Coordinates
 * are written to a tenth of a pixel. Native path objects are costly to create and collect:
 * build one per batch, and draw single polygons with `fillPolygon` instead.
 */
import { Path2D } from '@napi-rs/canvas';

const q = (v: number): number => Math.round(v * 10) / 10;

export class PathBuilder {
  private s = '';

  get empty(): boolean {
    return this.s.length === 0;
  }

  moveTo(x: number, y: number): this {
    this.s += 'M' + q(x) + ' ' + q(y);
    return this;
  }

  lineTo(x: number, y: number): this {
    this.s += 'L' + q(x) + ' ' + q(y);
    return this;
  }

  quadTo(cx: number, cy: number, x: number, y: number): this {
    this.s += 'Q' + q(cx) + ' ' + q(cy) + ' ' + q(x) + ' ' + q(y);
    return this;
  }

  close(): this {
    this.s += 'Z';
    return this;
  }

  /** A closed polygon from a flat [x, y, …] list (ignored when shorter than a triangle). */
  polygon(pts: readonly number[]): this {
    if (pts.length < 6) return this;
    let s = 'M' + q(pts[0]!) + ' ' + q(pts[1]!);
    for (let i = 2; i < pts.length; i += 2) s += 'L' + q(pts[i]!) + ' ' + q(pts[i + 1]!);
    this.s += s + 'Z';
    return this;
  }

  /** An open polyline from a flat [x, y, …] list. */
  polyline(pts: readonly number[]): this {
    if (pts.length < 4) return this;
    let s = 'M' + q(pts[0]!) + ' ' + q(pts[1]!);
    for (let i = 2; i < pts.length; i += 2) s += 'L' + q(pts[i]!) + ' ' + q(pts[i + 1]!);
    this.s += s;
    return this;
  }

  rect(x: number, y: number, w: number, h: number): this {
    this.s += 'M' + q(x) + ' ' + q(y) + 'h' + q(w) + 'v' + q(h) + 'h' + q(-w) + 'Z';
    return this;
  }

  /** A small ellipse drawn as four quadratic arcs (cheap, smooth enough for dots and pads). */
  ellipse(x: number, y: number, rx: number, ry: number): this {
    const x0 = q(x - rx), x1 = q(x), x2 = q(x + rx);
    const y0 = q(y - ry), y1 = q(y), y2 = q(y + ry);
    this.s += 'M' + x0 + ' ' + y1 + 'Q' + x0 + ' ' + y0 + ' ' + x1 + ' ' + y0 + 'Q' + x2 + ' ' + y0 + ' ' + x2 + ' ' + y1 +
      'Q' + x2 + ' ' + y2 + ' ' + x1 + ' ' + y2 + 'Q' + x0 + ' ' + y2 + ' ' + x0 + ' ' + y1 + 'Z';
    return this;
  }

  toPath(): Path2D {
    return new Path2D(this.s);
  }
}
