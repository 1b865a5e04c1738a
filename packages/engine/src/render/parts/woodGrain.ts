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

/** Tiles at 256, 128 and 64 pixels for the same half metre of wood: patterns have no mipmaps. */
const LEVELS = [SIZE, SIZE / 2, SIZE / 4];
const tiles: (Canvas | null)[] = LEVELS.map(() => null);
const patterns = new WeakMap<SKRSContext2D, (CanvasPattern | null)[]>();

function grainTile(level: number): Canvas {
  const existing = tiles[level];
  if (existing) return existing;
  const c = createCanvas(LEVELS[level]!, LEVELS[level]!);
  const ctx = c.getContext('2d');
  const zoom = LEVELS[level]! / SIZE;
  ctx.scale(zoom, zoom);
  const rnd = createRandom(0x600d, 'wood-grain');
  // Lines run along x and wrap seamlessly (whole periods across the tile).
  for (let k = 0; k < 22; k++) {
    const y0 = (k + rnd.range(-0.3, 0.3)) * (SIZE / 22);
    const amp = rnd.range(1.5, 5);
    const periods = rnd.int(1, 3);
    const phase = rnd.range(0, Math.PI * 2);
    const alpha = rnd.range(0.18, 0.42);
    const width = rnd.range(0.8, 2.2);
    // Thin lines in small tiles: keep them at least a pixel wide, and fainter to match.
    const w = Math.max(width, 1 / zoom);
    ctx.strokeStyle = `rgba(45,24,8,${((alpha * width) / w).toFixed(3)})`;
    ctx.lineWidth = w;
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
  tiles[level] = c;
  return c;
}

function grainPattern(ctx: SKRSContext2D, level: number): CanvasPattern | null {
  let list = patterns.get(ctx);
  if (!list) {
    list = LEVELS.map(() => null);
    patterns.set(ctx, list);
  }
  let p = list[level];
  if (!p) {
    p = ctx.createPattern(grainTile(level), 'repeat');
    list[level] = p;
  }
  return p;
}

/**
 * Set the fill style to wood grain running along `along` (screen pixels per metre of wood,
 * as a vector) with `across` perpendicular to it, anchored at `origin`; `seed` shifts the tile
 * so neighbouring boards differ. Returns false if patterns are unavailable.
 */
export function useWoodGrain(ctx: SKRSContext2D, origin: Pt, along: Pt, across: Pt, seed: number): boolean {
  // On-screen size of one tile: pick the level that is drawn at about 1:1, none if too small.
  const onScreen = GRAIN_TILE_METRES * Math.min(Math.hypot(along.x, along.y), Math.hypot(across.x, across.y));
  if (onScreen < 40) return false;
  const level = onScreen >= SIZE * 0.75 ? 0 : onScreen >= SIZE * 0.375 ? 1 : 2;
  const p = grainPattern(ctx, level);
  if (!p) return false;
  const size = LEVELS[level]!;
  const k = GRAIN_TILE_METRES / size; // metres per tile pixel
  const rnd = createRandom(seed, 'grain-offset');
  const ou = rnd.range(0, size), ov = rnd.range(0, size);
  const a = along.x * k, b = along.y * k, c = across.x * k, d = across.y * k;
  p.setTransform({ a, b, c, d, e: origin.x - a * ou - c * ov, f: origin.y - b * ou - d * ov });
  ctx.fillStyle = p;
  return true;
}
