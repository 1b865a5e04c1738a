/**
 * Loudness metering to ITU-R BS.1770-4 / EBU R 128: integrated loudness in LUFS and true peak
 * in dBTP. The clip is K-weighted, cut into 400 ms blocks overlapping by 75 %, blocks below
 * −70 LUFS are dropped (absolute gate), then blocks more than 10 LU below the loudness of the
 * rest (relative gate); what remains is averaged.
 */
import type { StereoAudio } from '../StereoAudio.ts';
import { gainToDb } from '../dsp/decibels.ts';
import { kWeightingFilters } from './kWeighting.ts';
import { truePeakLinear } from './truePeak.ts';

const ABSOLUTE_GATE = -70;
const RELATIVE_GATE = -10;

const blockLoudness = (meanSquare: number): number => -0.691 + 10 * Math.log10(meanSquare);

/** Integrated loudness (LUFS); −Infinity for silence. */
export function measureIntegratedLoudness(audio: StereoAudio): number {
  const blocks = gatingBlocks(audio);
  const loud = blocks.filter((z) => blockLoudness(z) > ABSOLUTE_GATE);
  if (loud.length === 0) return -Infinity;
  const relative = blockLoudness(mean(loud)) + RELATIVE_GATE;
  const gated = loud.filter((z) => blockLoudness(z) > relative);
  return blockLoudness(mean(gated));
}

/** True peak (dBTP) over both channels, from 4× oversampling; −Infinity for silence. */
export function measureTruePeak(audio: StereoAudio): number {
  return gainToDb(truePeakLinear([audio.left, audio.right]));
}

/**
 * Channel-summed K-weighted mean square of every 400 ms gating block (100 ms hop).
 * A clip shorter than one block counts as a single block.
 */
export function gatingBlocks(audio: StereoAudio): number[] {
  const rate = audio.sampleRate;
  const n = audio.left.length;
  const hop = Math.round(rate * 0.1);
  const hops = Math.floor(n / hop);
  const power = new Float64Array(Math.max(hops, 1));
  for (const channel of [audio.left, audio.right]) {
    const [shelf, highpass] = kWeightingFilters(rate);
    // Both K-weighting stages inlined (transposed direct form II): this loop runs several
    // times per clip while normalising.
    const { b0: sb0, b1: sb1, b2: sb2, a1: sa1, a2: sa2 } = shelf;
    const { b0: hb0, b1: hb1, b2: hb2, a1: ha1, a2: ha2 } = highpass;
    let s1 = 0, s2 = 0, h1 = 0, h2 = 0;
    for (let h = 0; h < Math.max(hops, 1); h++) {
      const end = hops === 0 ? n : (h + 1) * hop;
      let sum = 0;
      for (let i = h * hop; i < end; i++) {
        const x = channel[i]!;
        const u = sb0 * x + s1;
        s1 = sb1 * x - sa1 * u + s2;
        s2 = sb2 * x - sa2 * u;
        const y = hb0 * u + h1;
        h1 = hb1 * u - ha1 * y + h2;
        h2 = hb2 * u - ha2 * y;
        sum += y * y;
      }
      power[h] += sum;
    }
  }
  if (hops < 4) {
    let total = 0;
    for (const p of power) total += p;
    return n > 0 ? [total / n] : [];
  }
  const blocks: number[] = [];
  for (let h = 0; h + 4 <= hops; h++) blocks.push((power[h]! + power[h + 1]! + power[h + 2]! + power[h + 3]!) / (4 * hop));
  return blocks;
}

function mean(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}
