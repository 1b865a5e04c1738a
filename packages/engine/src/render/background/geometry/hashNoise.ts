/**
 * Deterministic hash noise for scenery: the same seed and coordinates always give the same
 * hills, trees and windows, with no generator state to thread through the drawing code.
 */

/** A well-mixed 32-bit hash of up to three integers and a seed, as a number in [0, 1). */
export function hashUnit(seed: number, a: number, b = 0, c = 0): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (a | 0), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ (b | 0), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ (c | 0), 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 4294967296;
}

const smooth = (t: number): number => t * t * (3 - 2 * t);

/** Smooth 1D value noise in [0, 1); `period` (cells) makes it wrap, for rings around the scene. */
export function valueNoise(seed: number, x: number, period = 0): number {
  const i = Math.floor(x);
  const f = x - i;
  const wrap = (k: number): number => (period > 0 ? ((k % period) + period) % period : k);
  const a = hashUnit(seed, wrap(i));
  const b = hashUnit(seed, wrap(i + 1));
  return a + (b - a) * smooth(f);
}

/** Fractal value noise (octaves halving in size), normalised to [0, 1). */
export function fractalNoise(seed: number, x: number, octaves: number, period = 0): number {
  let sum = 0;
  let amp = 1;
  let norm = 0;
  let freq = 1;
  for (let o = 0; o < octaves; o++) {
    sum += amp * valueNoise(seed + o * 1013, x * freq, period > 0 ? period * freq : 0);
    norm += amp;
    amp *= 0.5;
    freq *= 2;
  }
  return sum / norm;
}
