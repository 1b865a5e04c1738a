/**
 * True-peak estimation (BS.1770-4 Annex 2): the signal is oversampled 4× with a windowed-sinc
 * interpolator and the largest magnitude of the interpolated waveform is the true peak —
 * what a DAC (or an AAC decoder) will actually produce between the samples.
 * Only regions that could hold a peak above the current candidate are interpolated, which
 * keeps the meter fast on normal programme material.
 */

/** Oversampling factor. */
export const OVERSAMPLING = 4;
/** Taps per polyphase branch (input samples looked at per interpolated value). */
const TAPS = 16;
const HALF = TAPS / 2;

/** phases[p][j]: weight of x[n − HALF + 1 + j] for the value at n + p/4 (p = 1..3). */
const PHASES: Float64Array[] = (() => {
  const phases: Float64Array[] = [];
  const beta = 7;
  const i0 = (x: number): number => {
    let sum = 1;
    let term = 1;
    for (let k = 1; k < 30; k++) {
      term *= (x / (2 * k)) ** 2;
      sum += term;
    }
    return sum;
  };
  for (let p = 1; p < OVERSAMPLING; p++) {
    const frac = p / OVERSAMPLING;
    const h = new Float64Array(TAPS);
    let sum = 0;
    for (let j = 0; j < TAPS; j++) {
      const t = j - HALF + 1 - frac; // distance from the interpolated point, in input samples
      const sinc = t === 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
      const r = t / (HALF + 0.5);
      const window = Math.abs(r) >= 1 ? 0 : i0(beta * Math.sqrt(1 - r * r)) / i0(beta);
      h[j] = sinc * window;
      sum += h[j]!;
    }
    for (let j = 0; j < TAPS; j++) h[j]! /= sum;
    phases.push(h);
  }
  return phases;
})();

/** Largest sum of |weights| over the phases: |interpolated| ≤ this × local max |x|. */
export const INTERPOLATION_GAIN_BOUND = Math.max(...PHASES.map((h) => h.reduce((s, v) => s + Math.abs(v), 0)));

const [H1, H2, H3] = PHASES as [Float64Array, Float64Array, Float64Array];

/** max |interpolated value| at n + ¼, n + ½, n + ¾; samples outside the signal count as 0. */
function interpolatedPeak(x: Float32Array, n: number): number {
  const base = n - HALF + 1;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  if (base >= 0 && base + TAPS <= x.length) {
    for (let j = 0; j < TAPS; j++) {
      const v = x[base + j]!;
      a1 += H1[j]! * v;
      a2 += H2[j]! * v;
      a3 += H3[j]! * v;
    }
  } else {
    for (let j = 0; j < TAPS; j++) {
      const i = base + j;
      if (i < 0 || i >= x.length) continue;
      const v = x[i]!;
      a1 += H1[j]! * v;
      a2 += H2[j]! * v;
      a3 += H3[j]! * v;
    }
  }
  return Math.max(Math.abs(a1), Math.abs(a2), Math.abs(a3));
}

const BLOCK = 32;

/** Per-block maximum |x| across channels (block = 32 samples). */
function blockMaxima(channels: readonly Float32Array[]): Float64Array {
  const n = channels[0]?.length ?? 0;
  const blocks = Math.ceil(n / BLOCK);
  const out = new Float64Array(blocks);
  for (const x of channels) {
    for (let b = 0; b < blocks; b++) {
      let m = out[b]!;
      const end = Math.min(n, (b + 1) * BLOCK);
      for (let i = b * BLOCK; i < end; i++) {
        const a = Math.abs(x[i]!);
        if (a > m) m = a;
      }
      out[b] = m;
    }
  }
  return out;
}

/** Whether an interpolated value in block b could reach `level` (its taps span blocks b−1..b+1). */
function blockMayReach(maxima: Float64Array, b: number, level: number): boolean {
  const local = Math.max(maxima[b] ?? 0, maxima[b - 1] ?? 0, maxima[b + 1] ?? 0);
  return local * INTERPOLATION_GAIN_BOUND > level;
}

/**
 * Linear true peak (max |x| over the 4× oversampled waveform) across all channels.
 * With `floor`, regions that cannot exceed it are skipped: the answer is exact when the true
 * peak is above `floor`, and otherwise some value ≤ `floor`.
 */
export function truePeakLinear(channels: readonly Float32Array[], floor = 0): number {
  const maxima = blockMaxima(channels);
  let peak = 0;
  for (let b = 0; b < maxima.length; b++) peak = Math.max(peak, maxima[b]!);
  for (let b = 0; b < maxima.length; b++) {
    if (!blockMayReach(maxima, b, Math.max(peak, floor))) continue;
    peak = Math.max(peak, blockTruePeak(channels, b));
  }
  return peak;
}

/** Largest interpolated magnitude in block b (all channels, phases ¼, ½, ¾). */
function blockTruePeak(channels: readonly Float32Array[], b: number): number {
  let peak = 0;
  for (const x of channels) {
    const end = Math.min(x.length, (b + 1) * BLOCK);
    for (let n = b * BLOCK; n < end; n++) {
      const v = interpolatedPeak(x, n);
      if (v > peak) peak = v;
    }
  }
  return peak;
}

/**
 * Per-sample true-peak envelope across channels — max |x| at n and at the interpolated points
 * n + ¼, n + ½, n + ¾ — computed lazily: `ensure(level)` makes it exact wherever it could
 * exceed `level`; elsewhere it holds the plain sample magnitude (which is below `level`).
 */
export class TruePeakEnvelope {
  readonly values: Float64Array;
  readonly blockSize = BLOCK;
  private readonly maxima: Float64Array;
  private readonly exact: Uint8Array;

  constructor(private readonly channels: readonly Float32Array[]) {
    const n = channels[0]?.length ?? 0;
    this.values = new Float64Array(n);
    for (const x of channels) {
      for (let i = 0; i < n; i++) {
        const a = Math.abs(x[i]!);
        if (a > this.values[i]!) this.values[i] = a;
      }
    }
    this.maxima = blockMaxima(channels);
    this.exact = new Uint8Array(this.maxima.length);
  }

  ensure(level: number): Float64Array {
    const { maxima, exact, values, channels } = this;
    for (let b = 0; b < maxima.length; b++) {
      if (exact[b] || !blockMayReach(maxima, b, level)) continue;
      exact[b] = 1;
      for (const x of channels) {
        const end = Math.min(x.length, (b + 1) * BLOCK);
        for (let i = b * BLOCK; i < end; i++) {
          const v = interpolatedPeak(x, i);
          if (v > values[i]!) values[i] = v;
        }
      }
    }
    return values;
  }

  /** Whether block b's envelope is exact (it was interpolated). */
  isExact(b: number): boolean {
    return this.exact[b] === 1;
  }
}

/** True peak of block b of `channels` (exact, all phases), for spot checks after processing. */
export function blockTruePeakOf(channels: readonly Float32Array[], b: number): number {
  let peak = 0;
  for (const x of channels) {
    const end = Math.min(x.length, (b + 1) * BLOCK);
    for (let i = b * BLOCK; i < end; i++) peak = Math.max(peak, Math.abs(x[i]!));
  }
  return Math.max(peak, blockTruePeak(channels, b));
}

export const TRUE_PEAK_BLOCK = BLOCK;
