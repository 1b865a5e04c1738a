/**
 * Spectral summaries of a signal: its centroid (the "brightness", in Hz) and the share of its
 * energy above a frequency — averaged over Hann-windowed 2048-sample frames.
 */
import { SAMPLE_RATE } from '../StereoAudio.ts';
import { magnitudeFrames } from './fft.ts';

const SIZE = 2048;

/** Power per FFT bin, summed over the signal's frames. */
export function powerSpectrum(signal: Float32Array | Float64Array): Float64Array {
  const frames = magnitudeFrames(signal, SIZE, SIZE / 2);
  const power = new Float64Array(SIZE / 2 + 1);
  for (const mag of frames) for (let b = 0; b < mag.length; b++) power[b] += mag[b]! * mag[b]!;
  return power;
}

export function spectralCentroid(signal: Float32Array | Float64Array, sampleRate = SAMPLE_RATE): number {
  const power = powerSpectrum(signal);
  let num = 0;
  let den = 0;
  for (let b = 1; b < power.length; b++) {
    num += power[b]! * ((b * sampleRate) / SIZE);
    den += power[b]!;
  }
  return den > 0 ? num / den : 0;
}

/** Fraction (0..1) of the signal's energy above `frequency` Hz. */
export function energyAbove(signal: Float32Array | Float64Array, frequency: number, sampleRate = SAMPLE_RATE): number {
  const power = powerSpectrum(signal);
  let above = 0;
  let total = 0;
  for (let b = 1; b < power.length; b++) {
    total += power[b]!;
    if ((b * sampleRate) / SIZE >= frequency) above += power[b]!;
  }
  return total > 0 ? above / total : 0;
}
