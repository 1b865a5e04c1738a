/**
 * Handheld camera: slow seeded wander in aim and roll, a pure function of time (a sum of a few
 * sines with seeded frequencies and phases: smooth, never repeating within a clip).
 */
import { createRandom } from '../../random/createRandom.ts';

export interface Shake {
  /** Radians. */
  yaw: number;
  pitch: number;
  roll: number;
  /** Metres, camera-space offsets. */
  dx: number;
  dy: number;
}

interface Wave {
  f: number;
  p: number;
  a: number;
}

const cache = new Map<number, Wave[][]>();

function waves(seed: number): Wave[][] {
  let w = cache.get(seed);
  if (!w) {
    const rnd = createRandom(seed, 'handheld');
    w = Array.from({ length: 5 }, () =>
      [0.23, 0.47, 0.91, 1.7].map((base, i) => ({ f: base * rnd.range(0.8, 1.25), p: rnd.range(0, Math.PI * 2), a: 1 / (1 + i * 0.9) })),
    );
    if (cache.size > 32) cache.clear();
    cache.set(seed, w);
  }
  return w;
}

function noise(ws: readonly Wave[], t: number): number {
  let s = 0, norm = 0;
  for (const w of ws) {
    s += w.a * Math.sin(2 * Math.PI * w.f * t + w.p);
    norm += w.a;
  }
  return s / norm;
}

/** Shake at time t for strength 0..1. */
export function handheldShake(seed: number, t: number, amount: number): Shake {
  const a = Math.max(0, Math.min(1, amount));
  const w = waves(seed);
  const deg = Math.PI / 180;
  return {
    yaw: noise(w[0]!, t) * 1.6 * deg * a,
    pitch: noise(w[1]!, t) * 1.2 * deg * a,
    roll: noise(w[2]!, t) * 1.4 * deg * a,
    dx: noise(w[3]!, t) * 0.03 * a,
    dy: noise(w[4]!, t) * 0.025 * a,
  };
}
