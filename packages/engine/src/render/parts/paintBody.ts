/**
 * Paints a curved part whose outline is the current path: a gradient sampled from the true
 * surface shading along one line across the part. Patterned parts are painted flat (base, then
 * pattern) and multiplied by the same light, so stripes and seams darken on the shadow side too.
 */
import type { CanvasGradient, SKRSContext2D } from '@napi-rs/canvas';
import { normalize, sub, type Vec3 } from '../../math/vec3.ts';
import { linearColour, linearToCss, linearToSrgb, parseColour, srgbToCss, type Rgb } from '../colour/rgb.ts';
import type { Finish, Part } from '../model/Part.ts';
import type { ShadeEnv } from './ShadeEnv.ts';
import { lightAt, shadeSurface } from './shadeSurface.ts';
import { celStops } from '../style/celStops.ts';
import { drawPartSurface } from '../style/drawPartSurface.ts';
import { drawPartUnderlay } from '../style/drawPartUnderlay.ts';

export interface BodyShading {
  /** Gradient parameters (0..1, increasing) and the world normals there. */
  ts: readonly number[];
  normals: readonly Vec3[];
  /** A gradient to fill with, given its stop colours. */
  gradient: (ctx: SKRSContext2D) => CanvasGradient;
  /** Include the highlight in the gradient (false when a separate highlight spot is drawn). */
  specularInGradient: boolean;
  /** Parts with equal keys in one frame share their gradient (the stops must then be equal too). */
  cacheKey?: string;
  /** Draws the pattern, flat, inside the current clip. */
  pattern?: (ctx: SKRSContext2D, colour: string) => void;
}

export const GLASS_ALPHA = 0.5;

/** Default pattern colour: a darker (or, on dark parts, lighter) shade of the part colour. */
export function patternColourOf(part: Part): string {
  if (part.patternColour) return part.patternColour;
  const b = parseColour(part.colour);
  const lum = 0.2126 * b[0] + 0.7152 * b[1] + 0.0722 * b[2];
  const k = lum > 0.35 ? 0.55 : 1.8;
  return srgbToCss([Math.min(1, b[0] * k + (k > 1 ? 0.12 : 0)), Math.min(1, b[1] * k + (k > 1 ? 0.12 : 0)), Math.min(1, b[2] * k + (k > 1 ? 0.12 : 0))]);
}

export function toEyeFrom(env: ShadeEnv, p: Vec3): Vec3 {
  return normalize(sub(env.basis.eye, p));
}

/** Fill the current path. `path` re-adds the outline (for clipping and the multiply pass). */
export function paintBody(ctx: SKRSContext2D, env: ShadeEnv, part: Part, centre: Vec3, shading: BodyShading, path: () => void): void {
  if (env.flatFill) {
    ctx.fillStyle = env.flatFill;
    ctx.beginPath();
    path();
    ctx.fill();
    return;
  }
  const finish: Finish = part.finish ?? 'matte';
  const toEye = toEyeFrom(env, centre);
  const base = linearColour(part.colour);
  if (finish === 'emissive') {
    ctx.fillStyle = linearToCss(shadeSurface(env, base, [0, 1, 0], toEye, 'emissive'));
    ctx.beginPath();
    path();
    ctx.fill();
    return;
  }
  const cel = env.style !== undefined && env.style.bands >= 2;
  if (env.style) drawPartUnderlay(ctx, env, path);
  if (!shading.pattern) {
    let g = shading.cacheKey ? env.gradients?.get(shading.cacheKey) : undefined;
    if (!g) {
      g = shading.gradient(ctx);
      if (cel) {
        for (const [t, c] of celStops(shading.ts, shading.normals, (n) => linearToCss(shadeSurface(env, base, n, toEye, finish, shading.specularInGradient)))) g.addColorStop(t, c);
      } else {
        for (let i = 0; i < shading.ts.length; i++) {
          const c = shadeSurface(env, base, shading.normals[i]!, toEye, finish, shading.specularInGradient);
          g.addColorStop(shading.ts[i]!, linearToCss(c));
        }
      }
      if (shading.cacheKey) env.gradients?.set(shading.cacheKey, g);
    }
    ctx.fillStyle = g;
    if (finish === 'glass') ctx.globalAlpha = GLASS_ALPHA;
    ctx.beginPath();
    path();
    ctx.fill();
    if (finish === 'glass') ctx.globalAlpha = 1;
    if (env.style?.surface) drawPartSurface(ctx, env, path);
    return;
  }
  // Patterned: flat base + flat pattern, then multiply by the light.
  ctx.save();
  if (finish === 'glass') ctx.globalAlpha = GLASS_ALPHA;
  ctx.beginPath();
  path();
  ctx.clip();
  ctx.fillStyle = part.colour;
  ctx.fill();
  shading.pattern(ctx, patternColourOf(part));
  const g = shading.gradient(ctx);
  const lightCss = (n: Vec3): string => {
    const l: Rgb = lightAt(env, n, finish);
    return srgbToCss([linearToSrgb(Math.min(1, l[0])), linearToSrgb(Math.min(1, l[1])), linearToSrgb(Math.min(1, l[2]))]);
  };
  if (cel) for (const [t, c] of celStops(shading.ts, shading.normals, lightCss)) g.addColorStop(t, c);
  else for (let i = 0; i < shading.ts.length; i++) g.addColorStop(shading.ts[i]!, lightCss(shading.normals[i]!));
  ctx.globalCompositeOperation = 'multiply';
  ctx.fillStyle = g;
  ctx.beginPath();
  path();
  ctx.fill();
  ctx.restore();
  if (env.style?.surface) drawPartSurface(ctx, env, path);
}
