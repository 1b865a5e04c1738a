/**
 * Finds where new sounds start in rendered audio, from the samples alone: log-magnitude
 * spectral flux (how much the spectrum grows from one 2.7 ms hop to the next, summed over
 * bins) with adaptive peak picking (Dixon 2006). Used to check that what you hear lines up
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
   * in the clip (default 0.12).
   */
  threshold?: number;
}

const FRAME = 512;
const HOP = 128;

/** The onset-strength curve: one value per hop (frame k is centred on sample k × 128). */
export function onsetStrength(signal: Float32Array | Float64Array): Float64Array {
  let peak = 0;
  for (let i = 0; i < signal.length; i++) peak = Math.max(peak, Math.abs(signal[i]!));
  const frames = magnitudeFrames(signal, FRAME, HOP);
  const flux = new Float64Array(frames.length);
  if (peak === 0) return flux;
  // Compress relative to the loudest possible bin, so quiet events count as well as loud ones.
  const gamma = 1e4 / (peak * FRAME * 0.25);
  let previous: Float64Array | undefined;
  for (let k = 0; k < frames.length; k++) {
    const mag = frames[k]!;
    for (let b = 0; b < mag.length; b++) mag[b] = Math.log1p(gamma * mag[b]!);
    if (previous) {
      let sum = 0;
      for (let b = 1; b < mag.length; b++) {
        const d = mag[b]! - previous[b]!;
        if (d > 0) sum += d;
      }
      flux[k] = sum;
    }
    previous = mag;
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
  const delta = (options.threshold ?? 0.12) * max;
  const hopSeconds = HOP / rate;
  const around = Math.max(1, Math.round(0.01 / hopSeconds)); // local maximum within ±10 ms
  const before = Math.round(0.1 / hopSeconds); // baseline: mean over the previous 100 ms
  const minGap = Math.round((options.minGap ?? 0.03) / hopSeconds);
  const onsets: Seconds[] = [];
  let last = -Infinity;
  for (let k = 1; k < n; k++) {
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
    if (f < sum / count + delta) continue;
    if (k - last < minGap) continue;
    onsets.push(seconds((k * HOP) / rate));
    last = k;
  }
  return onsets;
}
