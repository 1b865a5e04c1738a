/**
 * Small building blocks the ambience layers share: stereo scratch buffers, slow random
 * control curves (gusts, swells), seeded event schedules and panned one-shots.
 */
import type { Random } from '../../random/createRandom.ts';
import { SAMPLE_RATE } from '../StereoAudio.ts';
import { Wavetable } from '../dsp/Wavetable.ts';
import { equalPowerPan } from '../mix/equalPowerPan.ts';

export interface Channels {
  left: Float64Array;
  right: Float64Array;
}

/** Renders one ambience kind at its own nominal level; the caller sets the final level. */
export type AmbienceRenderer = (length: number, random: Random) => Channels;

export function createChannels(length: number): Channels {
  return { left: new Float64Array(length), right: new Float64Array(length) };
}

export const secondsToSamples = (s: number): number => Math.round(s * SAMPLE_RATE);

/**
 * A slowly wandering value: random targets in [lo, hi] every `minGap`…`maxGap` seconds,
 * joined by cosine ease, one value per sample.
 */
export function randomCurve(random: Random, length: number, minGap: number, maxGap: number, lo: number, hi: number): Float64Array {
  const out = new Float64Array(length);
  let t0 = -secondsToSamples(random.range(0, maxGap));
  let v0 = random.range(lo, hi);
  let t1 = t0 + secondsToSamples(random.range(minGap, maxGap));
  let v1 = random.range(lo, hi);
  const block = 64;
  for (let start = 0; start < length; start += block) {
    const end = Math.min(length, start + block);
    while (end >= t1) {
      t0 = t1;
      v0 = v1;
      t1 = t0 + Math.max(1, secondsToSamples(random.range(minGap, maxGap)));
      v1 = random.range(lo, hi);
    }
    const ease = (i: number): number => v0 + (v1 - v0) * (0.5 - 0.5 * Math.cos((Math.PI * (i - t0)) / (t1 - t0)));
    const a = ease(start);
    const b = ease(end);
    for (let i = start; i < end; i++) out[i] = a + ((b - a) * (i - start)) / block;
  }
  return out;
}

/**
 * Seeded event times (sample indices) with gaps in [minGap, maxGap] seconds. The first may
 * fall before the clip starts, so a layer is already "going" at frame 0.
 */
export function scheduleTimes(random: Random, length: number, minGap: number, maxGap: number, lead = 0): number[] {
  const times: number[] = [];
  let t = -secondsToSamples(random.range(0, minGap + lead));
  while (t < length) {
    times.push(t);
    t += Math.max(1, secondsToSamples(random.range(minGap, maxGap)));
  }
  return times;
}

/** Add a mono one-shot, panned (equal power) and scaled, clipped to the buffer. */
export function addPanned(out: Channels, signal: ArrayLike<number>, start: number, pan: number, gain: number): void {
  const { left: gl, right: gr } = equalPowerPan(pan);
  const from = Math.max(0, -start);
  const to = Math.min(signal.length, out.left.length - start);
  for (let i = from; i < to; i++) {
    const s = signal[i]! * gain;
    out.left[start + i] += s * gl;
    out.right[start + i] += s * gr;
  }
}

/**
 * A tone whose frequency and amplitude follow functions of time (seconds from its start):
 * the raw material of bird song, gull cries, horns and crickets.
 */
export function sweep(
  durationSeconds: number,
  frequency: (t: number) => number,
  amplitude: (t: number) => number,
  harmonics: readonly number[] = [1],
): Float64Array {
  const n = Math.max(1, secondsToSamples(durationSeconds));
  const out = new Float64Array(n);
  const table = Wavetable.of(harmonics);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    phase += frequency(t) / SAMPLE_RATE;
    out[i] = table.at(phase) * amplitude(t);
  }
  return out;
}

/** sin² window on [0, 1] — a click-free note envelope. */
export const hann = (x: number): number => (x <= 0 || x >= 1 ? 0 : Math.sin(Math.PI * x) ** 2);
