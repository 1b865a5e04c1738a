/**
 * An elliptical vignette: transparent inside an inner ellipse (`inner` of the half-diagonal),
 * darkening to `strength` at the frame's corners through a middle stop. Only the region
 * outside the inner ellipse is filled (even-odd: frame minus ellipse), so the clear centre
 * costs nothing.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';

export interface VignetteShape {
  /** Inner ellipse, as a fraction of the half-diagonal. */
  inner: number;
  /** Where the middle stop sits (0..1 of the gradient) and how much of `strength` it reaches. */
  midAt: number;
  midShare: number;
}

export function drawVignette(ctx: SKRSContext2D, width: number, height: number, strength: number, shape: VignetteShape): void {
  const { inner } = shape;
  ctx.save();
  ctx.globalCompositeOperation = 'source-over';
  ctx.translate(width / 2, height / 2);
  ctx.scale(width * 0.5 * Math.SQRT2, height * 0.5 * Math.SQRT2);
  const g = ctx.createRadialGradient(0, 0, inner, 0, 0, 1);
  g.addColorStop(0, 'rgba(0,0,0,0)');
  g.addColorStop(shape.midAt, `rgba(0,0,0,${(strength * shape.midShare).toFixed(3)})`);
  g.addColorStop(1, `rgba(0,0,0,${Math.min(1, strength).toFixed(3)})`);
  ctx.fillStyle = g;
  const h = 1 / Math.SQRT2;
  ctx.beginPath();
  ctx.rect(-h, -h, 2 * h, 2 * h);
  ctx.moveTo(inner * 0.999, 0);
  ctx.arc(0, 0, inner * 0.999, 0, Math.PI * 2);
  ctx.fill('evenodd');
  ctx.restore();
}
