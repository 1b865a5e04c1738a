/**
 * A style's surface texture on one part (clay fingerprints): the pattern multiplied inside the
 * part's outline, fixed to the screen (it does not swim across still parts). `path` adds the
 * outline in the current transform.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ShadeEnv } from '../parts/ShadeEnv.ts';

export function drawPartSurface(ctx: SKRSContext2D, env: ShadeEnv, path: () => void): void {
  const surface = env.style?.surface;
  if (!surface || env.flatFill) return;
  ctx.save();
  ctx.beginPath();
  path();
  ctx.setTransform(surface.scale, 0, 0, surface.scale, 0, 0);
  ctx.globalCompositeOperation = 'multiply';
  ctx.globalAlpha = 1;
  ctx.fillStyle = surface.pattern;
  ctx.fill();
  ctx.restore();
}
