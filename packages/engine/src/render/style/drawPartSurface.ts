/**
 * A style's surface texture on one part (clay fingerprints): the texture multiplied inside the
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
  ctx.clip();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'multiply';
  ctx.globalAlpha = 1;
  // A clipped blit of a texture laid out once: far cheaper than filling with a pattern.
  ctx.drawImage(surface.image, 0, 0);
  ctx.restore();
}
