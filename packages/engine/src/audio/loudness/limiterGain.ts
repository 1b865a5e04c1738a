/**
 * A transparent look-ahead peak limiter, computed offline as a gain curve. Where the
 * (true-)peak envelope times `inputGain` would exceed `ceiling`, the gain dips just enough:
 * the needed reduction is held over ±lookahead samples, smoothed by a box filter of the same
 * width (so the dip starts before the peak and is fully in place at it — no overshoot, no
 * distortion from instant gain jumps), and recovers with an exponential release.
 * Returns undefined when nothing needs limiting.
 */
import { SAMPLE_RATE } from '../StereoAudio.ts';

export interface LimiterOptions {
  /** Samples the gain starts moving before a peak (default 2.5 ms). */
  lookahead?: number;
  /** Release time constant in seconds (default 60 ms). */
  release?: number;
}

/** Below this much gain reduction the release snaps back to unity (−0.0009 dB). */
const SNAP = 1e-4;

export function limiterGain(
  envelope: Float64Array,
  inputGain: number,
  ceiling: number,
  options: LimiterOptions = {},
): Float64Array | undefined {
  const n = envelope.length;
  const L = options.lookahead ?? Math.round(0.0025 * SAMPLE_RATE);
  const limit = ceiling / inputGain;
  // Regions around the peaks that need reducing: each peak reaches 2L either side
  // (hold, then box); neighbouring regions merge.
  const regions: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (envelope[i]! <= limit) continue;
    const last = regions[regions.length - 1];
    if (last && i - 2 * L <= last[1] + 1) last[1] = Math.min(n - 1, i + 2 * L);
    else regions.push([Math.max(0, i - 2 * L), Math.min(n - 1, i + 2 * L)]);
  }
  if (regions.length === 0) return undefined;

  const curve = new Float64Array(n).fill(1);
  const width = 2 * L + 1;
  const alpha = 1 - Math.exp(-1 / ((options.release ?? 0.06) * SAMPLE_RATE));
  let g = 1;
  let cursor = 0; // samples before this index are final
  for (const [from, to] of regions) {
    // Release towards unity in the gap before this region.
    for (let i = cursor; i < from && g < 1; i++) {
      g = g + (1 - g) * alpha;
      if (1 - g < SNAP) g = 1;
      curve[i] = g;
    }
    const len = to - from + 1;
    const required = new Float64Array(len);
    for (let k = 0; k < len; k++) {
      const e = envelope[from + k]!;
      required[k] = e > limit ? limit / e : 1;
    }
    const held = slidingMinimum(required, L);
    let sum = 0;
    const at = (k: number): number => (k < 0 || k >= len ? 1 : held[k]!);
    for (let k = -L; k <= L; k++) sum += at(k);
    for (let k = 0; k < len; k++) {
      // Box average over [k − L, k + L]: each term is ≤ the requirement at k, so the mean is too.
      const smooth = sum / width;
      sum += at(k + L + 1) - at(k - L);
      // The gain may fall as fast as the smoothed curve does but rises no faster than the release.
      let rise = g + (1 - g) * alpha;
      if (1 - rise < SNAP) rise = 1;
      g = Math.min(smooth, rise);
      curve[from + k] = g;
    }
    cursor = to + 1;
  }
  for (let i = cursor; i < n && g < 1; i++) {
    g = g + (1 - g) * alpha;
    if (1 - g < SNAP) g = 1;
    curve[i] = g;
  }
  return curve;
}

/** min of x over [i − r, i + r] for every i, treating samples outside as 1 (van Herk / Gil-Werman, O(n)). */
export function slidingMinimum(x: Float64Array, r: number): Float64Array {
  const n = x.length;
  const w = 2 * r + 1;
  // Pad by r ones on both sides so every window is full: window i covers padded [i, i + w − 1].
  const m = n + 2 * r;
  const padded = new Float64Array(m).fill(1);
  padded.set(x, r);
  const prefix = new Float64Array(m);
  const suffix = new Float64Array(m);
  for (let i = 0; i < m; i++) prefix[i] = i % w === 0 ? padded[i]! : Math.min(prefix[i - 1]!, padded[i]!);
  for (let i = m - 1; i >= 0; i--) {
    suffix[i] = i % w === w - 1 || i === m - 1 ? padded[i]! : Math.min(suffix[i + 1]!, padded[i]!);
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.min(suffix[i]!, prefix[i + w - 1]!);
  return out;
}
