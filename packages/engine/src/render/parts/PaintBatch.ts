/**
 * Merges consecutive flat fills (and strokes) of the same style into one path and one draw
 * call. Painter's order is kept: a batch only ever holds parts that are next to each other in
 * the sorted order, and any other drawing flushes it first. Sub-paths are all wound clockwise,
 * so overlapping shapes of one colour simply union.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';

export class PaintBatch {
  private mode: 'none' | 'fill' | 'stroke' = 'none';
  private key = '';
  private width = 0;
  private cap = '';

  constructor(private readonly ctx: SKRSContext2D) {}

  /** Start (or continue) a flat fill in `style`; the caller then adds sub-paths to ctx. */
  fill(style: string): SKRSContext2D {
    if (this.mode !== 'fill' || this.key !== style) {
      this.flush();
      this.mode = 'fill';
      this.key = style;
      this.ctx.fillStyle = style;
      this.ctx.beginPath();
    }
    return this.ctx;
  }

  /** Start (or continue) a stroke; the caller then adds sub-paths (moveTo/lineTo) to ctx. */
  stroke(style: string, width: number, cap: 'butt' | 'round'): SKRSContext2D {
    if (this.mode !== 'stroke' || this.key !== style || this.width !== width || this.cap !== cap) {
      this.flush();
      this.mode = 'stroke';
      this.key = style;
      this.width = width;
      this.cap = cap;
      this.ctx.strokeStyle = style;
      this.ctx.lineWidth = width;
      this.ctx.lineCap = cap;
      this.ctx.beginPath();
    }
    return this.ctx;
  }

  /** Draw what is pending. Call before any drawing that does not go through the batch. */
  flush(): void {
    if (this.mode === 'fill') this.ctx.fill();
    else if (this.mode === 'stroke') this.ctx.stroke();
    this.mode = 'none';
    this.key = '';
  }
}
