/**
 * Loudness normalisation for delivery: one gain brings the clip to the target integrated
 * loudness (−14 LUFS, what streaming platforms play at), and where that gain would push the
 * true peak over the ceiling (−1 dBTP, headroom for AAC encoding), the look-ahead limiter
 * shaves the peaks; the gain is then re-trimmed so the result still lands on target.
 */
import { createStereoAudio, type StereoAudio } from '../StereoAudio.ts';
import { dbToGain } from '../dsp/decibels.ts';
import { limiterGain } from './limiterGain.ts';
import { measureIntegratedLoudness } from './measureLoudness.ts';
import { INTERPOLATION_GAIN_BOUND, TRUE_PEAK_BLOCK, TruePeakEnvelope, blockTruePeakOf } from './truePeak.ts';

export interface NormaliseOptions {
  /** LUFS, default −14. */
  targetLufs?: number;
  /** dBTP, default −1. */
  ceilingDbtp?: number;
}

/**
 * The limiter aims this far under the ceiling, leaving room for meters that interpolate
 * differently (ffmpeg's ebur128 reads a 12 kHz peak about 0.5 dB higher than this meter).
 */
const LIMITER_MARGIN_DB = 0.7;
const MAX_PASSES = 6;
/** Close enough to the target (LU); delivery specs allow ±1. */
const TOLERANCE_LU = 0.1;

export function normaliseLoudness(audio: StereoAudio, options: NormaliseOptions = {}): StereoAudio {
  const target = options.targetLufs ?? -14;
  const ceilingDb = options.ceilingDbtp ?? -1;
  const measured = measureIntegratedLoudness(audio);
  const out = createStereoAudio(audio.left.length);
  if (!Number.isFinite(measured)) {
    out.left.set(audio.left);
    out.right.set(audio.right);
    return out;
  }
  const limiterCeiling = dbToGain(ceilingDb - LIMITER_MARGIN_DB);
  const envelope = new TruePeakEnvelope([audio.left, audio.right]);
  // Find the gain whose limited result measures on target: first a plain step, then the
  // secant method (limiting makes loudness grow slower than the gain).
  let gainDb = target - measured;
  let gain = 1;
  let curve: Float64Array | undefined;
  let previous: { gainDb: number; error: number } | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    gain = dbToGain(gainDb);
    curve = limiterGain(envelope.ensure(limiterCeiling / gain), gain, limiterCeiling);
    applyGain(audio, out, gain, curve);
    const error = target - measureIntegratedLoudness(out);
    if (Math.abs(error) < TOLERANCE_LU) break;
    const slope = previous && previous.error !== error ? (previous.error - error) / (gainDb - previous.gainDb) : 1;
    previous = { gainDb, error };
    gainDb += error / Math.min(1, Math.max(0.2, slope));
  }
  // Safety net: make sure no true peak of the result got past the smoothing; trim the whole
  // clip if one did.
  const safe = dbToGain(ceilingDb - 0.1);
  const peak = outputTruePeakAbove(out, envelope, gain, curve, safe);
  if (peak > safe) applyGain(out, out, safe / peak);
  return out;
}

/**
 * True peak of `out` = input × gain × curve, where it could exceed `level` (else some value
 * ≤ `level`). Interpolation is linear, so where the curve is flat over the interpolator's
 * span the output's true peak is gain × curve × the input's envelope; where it moves, the
 * error is bounded by the curve's spread times the interpolator's gain. Only blocks whose
 * bound reaches `level` are interpolated again from the output.
 */
function outputTruePeakAbove(
  out: StereoAudio, envelope: TruePeakEnvelope, gain: number, curve: Float64Array | undefined, level: number,
): number {
  const values = envelope.ensure(level / gain);
  const block = TRUE_PEAK_BLOCK;
  const n = values.length;
  let peak = 0;
  for (let b = 0; b * block < n; b++) {
    const from = b * block;
    const to = Math.min(n, from + block);
    let spread = 0;
    if (curve) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = Math.max(0, from - block); i < Math.min(n, to + block); i++) {
        const g = curve[i]!;
        if (g < lo) lo = g;
        if (g > hi) hi = g;
      }
      spread = hi - lo;
    }
    let bound = 0;
    let localMax = 0;
    for (let i = from; i < to; i++) {
      const v = values[i]!;
      if (v > localMax) localMax = v;
      const g = curve ? curve[i]! : 1;
      if (v * g > bound) bound = v * g;
    }
    bound = gain * (bound + spread * INTERPOLATION_GAIN_BOUND * localMax);
    if (bound <= level) {
      peak = Math.max(peak, bound);
      continue;
    }
    peak = Math.max(peak, blockTruePeakOf([out.left, out.right], b));
  }
  return peak;
}

function applyGain(audio: StereoAudio, out: StereoAudio, gain: number, curve?: Float64Array): void {
  const n = audio.left.length;
  for (let i = 0; i < n; i++) {
    const g = curve ? gain * curve[i]! : gain;
    out.left[i] = audio.left[i]! * g;
    out.right[i] = audio.right[i]! * g;
  }
}
