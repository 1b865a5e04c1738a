/**
 * Storm lightning: a forked bolt from the clouds to the horizon and the flash that lights the
 * whole sky for a moment. Timing comes from `lightningFlashAt`, so it is the same on every render.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { createRandom } from '../../../random/createRandom.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { projectDirection } from '../geometry/projectWorld.ts';
import { lightningFlashAt, type Strike } from './lightning.ts';

export class LightningLayer implements BackdropLayer {
  readonly name = 'lightning';

  constructor(private readonly seed: number) {}

  drawAnimated(ctx: SKRSContext2D, view: BackdropView, time: number): void {
    const { flash, strike } = lightningFlashAt(this.seed, time);
    if (flash < 0.02 || !strike) return;
    if (view.skyClip) {
      ctx.save();
      ctx.clip(view.skyClip);
      ctx.fillStyle = `rgba(200,210,255,${Math.round(flash * 0.5 * 1000) / 1000})`;
      ctx.fillRect(0, 0, view.width, view.height);
      if (flash > 0.3) this.drawBolt(ctx, view, strike, flash);
      ctx.restore();
    }
    // The ground catches a little of the flash too.
    ctx.fillStyle = `rgba(190,200,255,${Math.round(flash * 0.12 * 1000) / 1000})`;
    ctx.fillRect(0, 0, view.width, view.height);
  }

  private drawBolt(ctx: SKRSContext2D, view: BackdropView, strike: Strike, flash: number): void {
    const top = projectDirection(view.basis, [Math.sin(strike.azimuth) * 0.8, 0.35, -Math.cos(strike.azimuth) * 0.8]);
    const bottom = projectDirection(view.basis, [Math.sin(strike.azimuth), 0.0, -Math.cos(strike.azimuth)]);
    if (!top || !bottom) return;
    const rnd = createRandom(strike.shape, 'bolt');
    const steps = 14;
    const pts: [number, number][] = [];
    const len = Math.hypot(bottom.x - top.x, bottom.y - top.y);
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const jitter = i === 0 || i === steps ? 0 : rnd.gaussian() * len * 0.035;
      pts.push([top.x + (bottom.x - top.x) * t + jitter, top.y + (bottom.y - top.y) * t]);
    }
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    const stroke = (width: number, colour: string): void => {
      ctx.strokeStyle = colour;
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.moveTo(pts[0]![0], pts[0]![1]);
      for (const [x, y] of pts) ctx.lineTo(x, y);
      // A fork from the middle.
      const [fx, fy] = pts[Math.floor(steps / 2)]!;
      ctx.moveTo(fx, fy);
      ctx.lineTo(fx + len * 0.12, fy + len * 0.18);
      ctx.lineTo(fx + len * 0.1, fy + len * 0.3);
      ctx.stroke();
    };
    const px = Math.max(1, view.height / 500);
    stroke(px * 6, `rgba(170,180,255,${Math.round(flash * 0.35 * 1000) / 1000})`);
    stroke(px * 1.6, `rgba(255,255,255,${Math.round(Math.min(1, flash * 1.2) * 1000) / 1000})`);
  }
}
