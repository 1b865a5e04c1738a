/**
 * Height profiles for rings of scenery, generated once per scene from its seed: jagged
 * mountain ridges, rolling hills, tree lines of firs and broadleaf trees, wind-shaped dunes
 * and a city skyline. Each is a list of heights at equal steps around a circle.
 */
import { createRandom } from '../../../random/createRandom.ts';
import { fractalNoise, valueNoise } from '../geometry/hashNoise.ts';
import type { CityBlock } from './RingLayer.ts';

/** Samples around a circle of `radius` metres at roughly `spacing` metres apart. */
export function sampleCount(radius: number, spacing: number): number {
  return Math.max(64, Math.round((Math.PI * 2 * radius) / spacing));
}

/** Sharp-crested mountains: ridged fractal noise, peaks up to `height` metres. */
export function mountainProfile(seed: number, radius: number, height: number, features = 14): Float32Array {
  const n = sampleCount(radius, radius / 500);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = (i / n) * features;
    let h = 0;
    let amp = 1;
    let norm = 0;
    for (let o = 0; o < 5; o++) {
      const f = 1 << o;
      const v = valueNoise(seed + o * 7919, x * f, features * f);
      h += amp * (1 - Math.abs(2 * v - 1));
      norm += amp;
      amp *= 0.48;
    }
    const broad = fractalNoise(seed + 31, x / 3, 2, features / 3);
    out[i] = height * Math.pow(h / norm, 1.6) * (0.45 + 0.8 * broad);
  }
  return out;
}

/** Soft rolling hills between `low` and `high` metres. */
export function hillProfile(seed: number, radius: number, low: number, high: number, features = 9): Float32Array {
  const n = sampleCount(radius, Math.max(0.5, radius / 400));
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = (i / n) * features;
    out[i] = low + (high - low) * fractalNoise(seed, x, 3, features);
  }
  return out;
}

export interface TreeLineOptions {
  minHeight: number;
  maxHeight: number;
  /** Share of pointed firs among the trees (the rest are round broadleaf crowns). */
  conifers: number;
  /** Mean gap between trunks (m). */
  spacing: number;
  /** Height of the bushes between the trees (m). */
  undergrowth: number;
}

/** A forest edge: overlapping tree crowns over a band of undergrowth. */
export function treeLineProfile(seed: number, radius: number, o: TreeLineOptions): Float32Array {
  const res = Math.max(0.12, o.spacing / 14);
  const n = sampleCount(radius, res);
  const out = new Float32Array(n);
  const circumference = Math.PI * 2 * radius;
  const step = circumference / n;
  for (let i = 0; i < n; i++) {
    out[i] = o.undergrowth * (0.55 + 0.6 * fractalNoise(seed + 5, (i * step) / 6, 2, Math.round(circumference / 6)));
  }
  const rnd = createRandom(seed, 'tree-line');
  for (let s = 0; s < circumference; s += o.spacing * rnd.range(0.55, 1.45)) {
    const conifer = rnd.next() < o.conifers;
    const h = rnd.range(o.minHeight, o.maxHeight);
    const w = conifer ? h * rnd.range(0.2, 0.28) : h * rnd.range(0.3, 0.42);
    const tiers = conifer ? 4 + Math.floor(rnd.next() * 3) : 0;
    const centre = s / step;
    const half = w / step;
    for (let k = Math.floor(centre - half); k <= Math.ceil(centre + half); k++) {
      const t = (k - centre) / half;
      if (t < -1 || t > 1) continue;
      let y: number;
      if (conifer) {
        // Stacked tiers give the sawtooth edge of a fir.
        const along = 1 - Math.abs(t);
        const tier = (along * tiers) % 1;
        y = h * (1 - Math.abs(t) * (0.92 + 0.1 * tier)) ;
      } else {
        // A crown of two or three lumps on a short trunk.
        const lump = 0.08 * Math.sin((t + 1) * Math.PI * 1.5 + s) ;
        y = h * (0.55 + 0.45 * Math.sqrt(Math.max(0, 1 - t * t)) + lump * (1 - t * t));
      }
      const idx = ((k % n) + n) % n;
      if (y > out[idx]!) out[idx] = y;
    }
  }
  return out;
}

/** Dunes: long gentle windward slopes and steep slip faces, up to `height` metres. */
export function duneProfile(seed: number, radius: number, height: number, count = 22): Float32Array {
  const n = sampleCount(radius, Math.max(0.5, radius / 600));
  const out = new Float32Array(n);
  const rnd = createRandom(seed, 'dunes');
  const crests: { at: number; h: number; w: number }[] = [];
  for (let c = 0; c < count; c++) crests.push({ at: (c + rnd.range(-0.3, 0.3)) / count, h: height * rnd.range(0.45, 1), w: rnd.range(0.6, 1.3) / count });
  for (let i = 0; i < n; i++) {
    const x = i / n;
    let y = 0;
    for (const c of crests) {
      let d = x - c.at;
      if (d > 0.5) d -= 1;
      if (d < -0.5) d += 1;
      // Windward (before the crest) is long, the slip face after it short.
      const t = d < 0 ? -d / (c.w * 1.4) : d / (c.w * 0.45);
      if (t >= 1) continue;
      const s = d < 0 ? Math.pow(1 - t, 1.7) : Math.pow(1 - t, 0.8) * (1 - t * 0.3);
      y = Math.max(y, c.h * s);
    }
    out[i] = y;
  }
  return out;
}

/** A downtown skyline: blocks of towers with roofs, some with antennas. */
export function cityProfile(seed: number, radius: number, low: number, high: number): { heights: Float32Array; blocks: CityBlock[] } {
  const n = sampleCount(radius, 2);
  const heights = new Float32Array(n);
  const blocks: CityBlock[] = [];
  const rnd = createRandom(seed, 'city-skyline');
  let i = 0;
  while (i < n) {
    const width = Math.max(3, Math.round(rnd.range(10, 34) / 2));
    const tall = rnd.next();
    const h = low + (high - low) * tall * tall * (0.6 + 0.4 * valueNoise(seed, (i / n) * 12, 12));
    const from = (i / n) * Math.PI * 2;
    for (let k = i; k < Math.min(n, i + width); k++) heights[k] = h;
    // Stepped crowns and antennas on the tallest.
    if (tall > 0.6 && width > 5) {
      const inset = Math.floor(width * 0.25);
      for (let k = i + inset; k < Math.min(n, i + width - inset); k++) heights[k] = h * 1.08;
      if (tall > 0.8) heights[Math.min(n - 1, i + Math.floor(width / 2))] = h * 1.3;
    }
    blocks.push({ from, to: ((i + width) / n) * Math.PI * 2, height: h });
    i += width + (rnd.next() < 0.3 ? 1 : 0);
  }
  return { heights, blocks };
}
