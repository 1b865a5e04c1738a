/**
 * Post-processing, cheap enough for every frame: a colour wash (one solid fill), a vignette
 * (a radial gradient filled only where it is not transparent: the corners) and optional
 * film grain (a pre-rendered noise tile drawn as a pattern at a per-frame seeded offset).
 * Never a per-pixel loop in JavaScript.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createRandom } from '../../random/createRandom.ts';
import type { Grade } from './gradeFor.ts';
import { drawVignette, type VignetteShape } from './drawVignette.ts';


export interface PostOptions {
  grade: Grade;
  /** Grain opacity 0..1 (0 = off). */
  grain: number;
  /** Seed and frame for the grain offset. */
  seed: number;
  frame: number;
}

let noiseTile: Canvas | null = null;

/** A 128×128 tile of signed noise: light and dark specks on transparent, so it adds no grey. */
export function grainTile(): Canvas {
  if (noiseTile) return noiseTile;
  const size = 128;
  const tile = createCanvas(size, size);
  const tctx = tile.getContext('2d');
  const img = tctx.createImageData(size, size);
  const rnd = createRandom(0x6a1e, 'grain');
  for (let i = 0; i < size * size; i++) {
    const v = rnd.gaussian() * 0.5;
    const light = v > 0;
    const a = Math.min(1, Math.abs(v));
    img.data[i * 4] = light ? 255 : 0;
    img.data[i * 4 + 1] = light ? 255 : 0;
    img.data[i * 4 + 2] = light ? 255 : 0;
    img.data[i * 4 + 3] = Math.round(a * 255);
  }
  tctx.putImageData(img, 0, 0);
  noiseTile = tile;
  return tile;
}

/** The gentle scene vignette: only the corners darken. */
const SCENE_VIGNETTE: VignetteShape = { inner: 0.78, midAt: 0.5, midShare: 0.3 };

export function drawPost(ctx: SKRSContext2D, width: number, height: number, options: PostOptions): void {
  const { grade } = options;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'source-over';
  if (grade.tintAlpha > 0.002) {
    ctx.fillStyle = `rgba(${grade.tint},${grade.tintAlpha.toFixed(3)})`;
    ctx.fillRect(0, 0, width, height);
  }
  if (grade.vignette > 0.002) drawVignette(ctx, width, height, grade.vignette, SCENE_VIGNETTE);
  if (options.grain > 0.001) {
    const rnd = createRandom(options.seed, `grain-${options.frame}`);
    const ox = Math.floor(rnd.next() * 128);
    const oy = Math.floor(rnd.next() * 128);
    const pattern = ctx.createPattern(grainTile(), 'repeat');
    if (!pattern) {
      ctx.restore();
      return;
    }
    ctx.globalAlpha = options.grain;
    ctx.translate(-ox, -oy);
    ctx.fillStyle = pattern;
    ctx.fillRect(ox, oy, width, height);
  }
  ctx.restore();
}
