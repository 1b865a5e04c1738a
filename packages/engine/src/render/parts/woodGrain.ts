/**
 * Wood grain as a texture: a tile of soft, wavy dark lines drawn once, then laid onto faces
 * and staves with an affine transform (one pattern fill instead of dozens of strokes). The
 * lines are translucent dark, so they darken the already-shaded wood in proportion.
 */
import { createCanvas, type Canvas, type CanvasPattern, type SKRSContext2D } from '@napi-rs/canvas';
import { createRandom } from '../../random/createRandom.ts';
import type { Pt } from './screenPath.ts';

/** The tile covers this many metres of wood along and across the grain. */
export const GRAIN_TILE_METRES = 0.5;
const SIZE = 256;

let tile: Canvas | null = null;
const patterns = new WeakMap<SKRSContext2D, CanvasPattern>();

function grainTile(): Canvas {
  if (tile) return tile;
  const c = createCanvas(SIZE, SIZE);
  const ctx = c.getContext('2d');
  const rnd = createRandom(0x600d, 'wood-grain');
  // Lines run along x and wrap seamlessly (whole periods across the tile).
  for (let k = 0; k < 22; k++) {
    const y0 = (k + rnd.range(-0.3, 0.3)) * (SIZE / 22);
    const amp = rnd.range(1.5, 5);
    const periods = rnd.int(1, 3);
    const phase = rnd.range(0, Math.PI * 2);
    ctx.strokeStyle = `rgba(45,24,8,${rnd.range(0.18, 0.42).toFixed(3)})`;
    ctx.lineWidth = rnd.range(0.8, 2.2);
    for (const dy of [-SIZE, 0, SIZE]) {
      ctx.beginPath();
      for (let x = 0; x <= SIZE; x += 8) {
        const y = y0 + dy + amp * Math.sin((x / SIZE) * Math.PI * 2 * periods + phase);
        if (x === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.stroke();
    }
  }
  // A few knots.
  for (let k = 0; k < 2; k++) {
    const x = rnd.range(20, SIZE - 20), y = rnd.range(20, SIZE - 20);
    ctx.fillStyle = 'rgba(50,26,8,0.35)';
    ctx.beginPath();
    ctx.ellipse(x, y, rnd.range(5, 9), rnd.range(2, 3.5), 0, 0, Math.PI * 2);
    ctx.fill();
  }
  tile = c;
  return c;
}

function grainPattern(ctx: SKRSContext2D): CanvasPattern | null {
  let p = patterns.get(ctx);
  if (!p) {
    p = ctx.createPattern(grainTile(), 'repeat') ?? undefined;
    if (!p) return null;
    patterns.set(ctx, p);
  }
  return p;
}

/**
 * Set the fill style to wood grain running along `along` (screen pixels per metre of wood,
 * as a vector) with `across` perpendicular to it, anchored at `origin`; `seed` shifts the tile
 * so neighbouring boards differ. Returns false if patterns are unavailable.
 */
export function useWoodGrain(ctx: SKRSContext2D, origin: Pt, along: Pt, across: Pt, seed: number): boolean {
  const p = grainPattern(ctx);
  if (!p) return false;
  const k = GRAIN_TILE_METRES / SIZE; // metres per tile pixel
  const rnd = createRandom(seed, 'grain-offset');
  const ou = rnd.range(0, SIZE), ov = rnd.range(0, SIZE);
  const a = along.x * k, b = along.y * k, c = across.x * k, d = across.y * k;
  p.setTransform({ a, b, c, d, e: origin.x - a * ou - c * ov, f: origin.y - b * ou - d * ov });
  ctx.fillStyle = p;
  return true;
}
