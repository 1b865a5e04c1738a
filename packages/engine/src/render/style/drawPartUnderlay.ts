/**
 * What a style draws under a part before the part is filled: an ink outline (stroked twice as
 * wide as asked, so the fill covers the inner half and lines between overlapping parts stay)
 * and a paper cut-out's drop shadow (the outline filled again, offset). `path` adds the
 * part's outline to the current path, in the current transform.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ShadeEnv } from '../parts/ShadeEnv.ts';

export function drawPartUnderlay(ctx: SKRSContext2D, env: ShadeEnv, path: () => void): void {
  const style = env.style;
  if (!style || env.flatFill || (!style.outline && !style.dropShadow)) return;
  env.batch?.flush();
  const m = ctx.getTransform();
  if (style.dropShadow) {
    const s = style.dropShadow;
    ctx.setTransform(m.a, m.b, m.c, m.d, m.e + s.dx, m.f + s.dy);
    ctx.fillStyle = s.colour;
    ctx.beginPath();
    path();
    ctx.fill();
    ctx.setTransform(m.a, m.b, m.c, m.d, m.e, m.f);
  }
  if (style.outline) {
    ctx.save();
    ctx.beginPath();
    path();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.strokeStyle = style.outline.colour;
    ctx.lineWidth = style.outline.width * 2;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.globalAlpha = 1;
    ctx.stroke();
    ctx.restore();
  }
}
