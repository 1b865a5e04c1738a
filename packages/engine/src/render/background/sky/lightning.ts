/**
 * When lightning strikes in a storm: a pure function of the seed and the time, so a storm
 * flashes the same way every time it is rendered (and the sound of thunder can follow the
 * same strikes). Each strike flickers two or three times within half a second.
 */
import { hashUnit } from '../geometry/hashNoise.ts';

/** Strikes fall in windows of this many seconds, at most one per window. */
export const STRIKE_WINDOW = 4.5;
const PULSES: readonly [number, number][] = [
  [0, 1],
  [0.11, 0.55],
  [0.27, 0.85],
];

export interface Strike {
  /** Seconds. */
  time: number;
  /** Compass angle of the bolt around the scene (radians, 0 = straight ahead along −z). */
  azimuth: number;
  /** Seed for the shape of the bolt. */
  shape: number;
}

function strikeIn(seed: number, window: number): Strike | null {
  if (window < 0) return null;
  if (hashUnit(seed, window, 71) > 0.8) return null;
  return {
    time: window * STRIKE_WINDOW + 0.3 + hashUnit(seed, window, 72) * (STRIKE_WINDOW - 1),
    azimuth: (hashUnit(seed, window, 73) - 0.5) * 1.4,
    shape: Math.floor(hashUnit(seed, window, 74) * 1e9),
  };
}

/** Every strike that starts between `from` and `to` seconds. */
export function lightningStrikes(seed: number, from: number, to: number): Strike[] {
  const out: Strike[] = [];
  for (let w = Math.floor(from / STRIKE_WINDOW) - 1; w <= Math.floor(to / STRIKE_WINDOW); w++) {
    const s = strikeIn(seed, w);
    if (s && s.time >= from && s.time < to) out.push(s);
  }
  return out;
}

/** Brightness of the lightning flash at `time`, 0 (none) to about 1, and the strike causing it. */
export function lightningFlashAt(seed: number, time: number): { flash: number; strike: Strike | null } {
  const w = Math.floor(time / STRIKE_WINDOW);
  let best = 0;
  let cause: Strike | null = null;
  for (const k of [w - 1, w]) {
    const s = strikeIn(seed, k);
    if (!s) continue;
    const dt = time - s.time;
    if (dt < 0 || dt > 0.7) continue;
    let f = 0;
    for (const [delay, amp] of PULSES) {
      const d = dt - delay;
      if (d >= 0) f = Math.max(f, amp * Math.exp(-d / 0.055));
    }
    if (f > best) {
      best = f;
      cause = s;
    }
  }
  return { flash: best, strike: cause };
}
