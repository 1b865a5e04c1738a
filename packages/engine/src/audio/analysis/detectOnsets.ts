/**
 * Finds where new sounds start in rendered audio, from the samples alone: log-magnitude
 * spectral flux (how much each bin grows beyond its recent maximum, summed over bins —
 * SuperFlux-style, so beating and vibrato in a ringing sound are not mistaken for new
 * onsets) with adaptive peak picking (Dixon 2006). Used to check that what you hear lines up
 * with what you see, and for any later analysis of sound tracks.
 */
import type { StereoAudio } from '../StereoAudio.ts';
import { SAMPLE_RATE } from '../StereoAudio.ts';
import { seconds, type Seconds } from '../../units/units.ts';
import { magnitudeFrames } from './fft.ts';

export interface OnsetOptions {
  /** Sample rate of a bare mono signal (default 48 000). */
  sampleRate?: number;
  /** Seconds two onsets must be apart (default 0.03). */
  minGap?: number;
  /**
   * How far above its surroundings a flux peak must rise, as a fraction of the largest flux
   * in the clip (default 0.02) …
   */
  threshold?: number;
  /** … and at least this many times the median flux of the surrounding second, its background (default 8). */
  noiseFactor?: number;
}

const FRAME = 512;
const HOP = 128;

/** Hops of memory: a bin must rise above its maximum over the last ~21 ms to count. */
const MEMORY = 8;

/** The onset-strength curve: one value per hop (frame k is centred on sample k × 128). */
export function onsetStrength(signal: Float32Array | Float64Array): Float64Array {
  let peak = 0;
  for (let i = 0; i < signal.length; i++) peak = Math.max(peak, Math.abs(signal[i]!));
  const frames = magnitudeFrames(signal, FRAME, HOP);
  const flux = new Float64Array(frames.length);
  if (peak === 0) return flux;
  // Compress relative to the loudest possible bin (60 dB of range), so quiet events count too.
  const gamma = 1e3 / (peak * FRAME * 0.25);
  for (const mag of frames) for (let b = 0; b < mag.length; b++) mag[b] = Math.log1p(gamma * mag[b]!);
  const bins = frames[0]?.length ?? 0;
  // Reference: each bin's maximum over the previous MEMORY frames and its neighbouring bins.
  const reference = new Float64Array(bins);
  for (let k = 1; k < frames.length; k++) {
    reference.fill(0);
    for (let j = Math.max(0, k - MEMORY); j < k; j++) {
      const prev = frames[j]!;
      for (let b = 0; b < bins; b++) {
        const v = Math.max(prev[b]!, prev[b - 1] ?? 0, prev[b + 1] ?? 0);
        if (v > reference[b]!) reference[b] = v;
      }
    }
    const mag = frames[k]!;
    let sum = 0;
    for (let b = 1; b < bins; b++) {
      const d = mag[b]! - reference[b]!;
      if (d > 0) sum += d;
    }
    flux[k] = sum;
  }
  return flux;
}

/** Onset times (s), in order. Accepts a stereo clip (mixed to mono) or a mono signal. */
export function detectOnsets(audio: StereoAudio | Float32Array | Float64Array, options: OnsetOptions = {}): Seconds[] {
  let mono: Float32Array | Float64Array;
  let rate: number;
  if ('left' in audio) {
    mono = new Float64Array(audio.left.length);
    for (let i = 0; i < mono.length; i++) mono[i] = (audio.left[i]! + audio.right[i]!) / 2;
    rate = audio.sampleRate;
  } else {
    mono = audio;
    rate = options.sampleRate ?? SAMPLE_RATE;
  }
  const flux = onsetStrength(mono);
  const n = flux.length;
  let max = 0;
  for (let k = 0; k < n; k++) max = Math.max(max, flux[k]!);
  if (max === 0) return [];
  const hopSeconds = HOP / rate;
  const background = localMedian(flux, Math.round(0.5 / hopSeconds), 8);
  const relative = (options.threshold ?? 0.02) * max;
  const noiseFactor = options.noiseFactor ?? 8;
  const around = Math.max(1, Math.round(0.01 / hopSeconds)); // local maximum within ±10 ms
  const before = Math.round(0.1 / hopSeconds); // baseline: mean over the previous 100 ms
  const minGap = Math.round((options.minGap ?? 0.03) / hopSeconds);
  const onsets: Seconds[] = [];
  let last = -Infinity;
  // Frames reaching past the end see the signal cut off (broadband): not an onset.
  const lastFrame = Math.min(n - 1, Math.floor((mono.length - FRAME / 2) / HOP));
  for (let k = 1; k <= lastFrame; k++) {
    const f = flux[k]!;
    let isMax = true;
    for (let j = Math.max(0, k - around); j <= Math.min(n - 1, k + around); j++) {
      if (flux[j]! > f || (flux[j] === f && j < k)) {
        isMax = false;
        break;
      }
    }
    if (!isMax) continue;
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, k - before); j <= Math.min(n - 1, k + around); j++) {
      sum += flux[j]!;
      count++;
    }
    if (f < sum / count + Math.max(relative, noiseFactor * background[k]!)) continue;
    if (k - last < minGap) continue;
    onsets.push(seconds((k * HOP) / rate));
    last = k;
  }
  return onsets;
}

/** Median of x over [k − radius, k + radius], evaluated every `step` values and held. */
function localMedian(x: Float64Array, radius: number, step: number): Float64Array {
  const out = new Float64Array(x.length);
  for (let start = 0; start < x.length; start += step) {
    const centre = Math.min(x.length - 1, start + (step >> 1));
    const window = x.slice(Math.max(0, centre - radius), Math.min(x.length, centre + radius + 1)).sort();
    out.fill(window[window.length >> 1]!, start, Math.min(x.length, start + step));
  }
  return out;
}
