/**
 * Ducking: the ambience dips while someone speaks, following the smoothed speech envelope, and
 * comes back in the pauses. Depth −10 dB.
 */
import { dbToGain } from '../dsp/decibels.ts';
import type { MixBus } from '../mix/MixBus.ts';

export const DUCK_DEPTH_DB = -10;

export function duckUnderSpeech(ambience: MixBus, envelope: Float32Array, depthDb = DUCK_DEPTH_DB): void {
  const floor = dbToGain(depthDb);
  const n = Math.min(ambience.length, envelope.length);
  for (let i = 0; i < n; i++) {
    const g = 1 - (1 - floor) * envelope[i]!;
    ambience.left[i] *= g;
    ambience.right[i] *= g;
  }
}
