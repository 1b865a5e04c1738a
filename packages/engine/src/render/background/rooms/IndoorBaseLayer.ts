/** Indoors: no open sky. The frame starts as a dim neutral (what lies beyond the set). */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';

export class IndoorBaseLayer implements BackdropLayer {
  readonly name = 'indoor-base';

  constructor(private readonly colour = '#1c1b1f') {}

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    view.skyline.blockAll();
    ctx.fillStyle = this.colour;
    ctx.fillRect(0, 0, view.width, view.height);
  }
}
