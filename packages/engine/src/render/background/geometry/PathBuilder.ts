/**
 * Collects many small shapes into one SVG path string and hands it to Skia in a single call:
 * hundreds of grass tufts, stars or tiles then cost one fill instead of hundreds.
 */
import { Path2D } from '@napi-rs/canvas';

const r2 = (v: number): number => Math.round(v * 100) / 100;

export class PathBuilder {
  private parts: string[] = [];

  get empty(): boolean {
    return this.parts.length === 0;
  }

  moveTo(x: number, y: number): this {
    this.parts.push(`M${r2(x)} ${r2(y)}`);
    return this;
  }

  lineTo(x: number, y: number): this {
    this.parts.push(`L${r2(x)} ${r2(y)}`);
    return this;
  }

  quadTo(cx: number, cy: number, x: number, y: number): this {
    this.parts.push(`Q${r2(cx)} ${r2(cy)} ${r2(x)} ${r2(y)}`);
    return this;
  }

  close(): this {
    this.parts.push('Z');
    return this;
  }

  /** A closed polygon from a flat [x, y, …] list (ignored when shorter than a triangle). */
  polygon(pts: readonly number[]): this {
    if (pts.length < 6) return this;
    let s = `M${r2(pts[0]!)} ${r2(pts[1]!)}`;
    for (let i = 2; i < pts.length; i += 2) s += `L${r2(pts[i]!)} ${r2(pts[i + 1]!)}`;
    this.parts.push(s + 'Z');
    return this;
  }

  /** An open polyline from a flat [x, y, …] list. */
  polyline(pts: readonly number[]): this {
    if (pts.length < 4) return this;
    let s = `M${r2(pts[0]!)} ${r2(pts[1]!)}`;
    for (let i = 2; i < pts.length; i += 2) s += `L${r2(pts[i]!)} ${r2(pts[i + 1]!)}`;
    this.parts.push(s);
    return this;
  }

  rect(x: number, y: number, w: number, h: number): this {
    this.parts.push(`M${r2(x)} ${r2(y)}h${r2(w)}v${r2(h)}h${r2(-w)}Z`);
    return this;
  }

  /** An axis-aligned ellipse drawn as four quadratic arcs (cheap, smooth enough for dots). */
  ellipse(x: number, y: number, rx: number, ry: number): this {
    const k = 1.0;
    this.parts.push(
      `M${r2(x - rx)} ${r2(y)}Q${r2(x - rx * k)} ${r2(y - ry * k)} ${r2(x)} ${r2(y - ry)}` +
        `Q${r2(x + rx * k)} ${r2(y - ry * k)} ${r2(x + rx)} ${r2(y)}` +
        `Q${r2(x + rx * k)} ${r2(y + ry * k)} ${r2(x)} ${r2(y + ry)}` +
        `Q${r2(x - rx * k)} ${r2(y + ry * k)} ${r2(x - rx)} ${r2(y)}Z`,
    );
    return this;
  }

  toPath(): Path2D {
    return new Path2D(this.parts.join(''));
  }
}
