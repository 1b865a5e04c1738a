/**
 * Embeds the audio mark (see audioMarkLayout) into a 48 kHz stereo track. The same mark goes
 * into both channels, scaled by each channel's own spectrum: every marked bin's magnitude
 * changes by ±α, with α chosen per frame (43 ms) so the added signal is 26 dB under the
 * programme in that frame, and never more than ±1.5 dB (α ≤ 0.18) in the band it lives in.
 * So it follows the sound — masked by it, and present wherever there is sound at all,
 * quiet ambience included. Samples never exceed the input's own peak, so the engine's −1 dBTP
 * ceiling and −14 LUFS loudness hold (the mark changes loudness by < 0.05 dB).
 */
import type { StereoAudio } from '@klappe/engine';
import { convolutionalEncode } from '../code/convolutionalCode.ts';
import { bitsOf, withCrc } from '../code/crc24.ts';
import { fftStrided } from '../fft2d.ts';
import type { MarkKey } from '../keyedRandom.ts';
import { PayloadError } from '../video/VideoMarkPayload.ts';
import {
  AUDIO_CODE_RATE, AUDIO_PAYLOAD_BITS, BLOCK_FRAMES, FIRST_BIN, FRAME, GROUP_BINS, GROUPS, GROUPS_PER_CELL, HOP,
  PERIOD_BLOCKS, SUBBANDS, WINDOW, audioMarkLayout,
} from './audioMarkLayout.ts';

/** The mark's power relative to the programme's, per frame (dB). */
export const MARK_LEVEL_DB = -26;
const LEVEL = 10 ** (MARK_LEVEL_DB / 10);
/** Largest relative magnitude change of a marked bin (±1.5 dB). */
export const AUDIO_MARK_STRENGTH = 0.18;

export interface AudioMarkOptions {
  key: MarkKey;
  /** Unsigned 32-bit payload (16..32 bits of information; unused high bits are zero). */
  payload: number;
  /** Largest relative magnitude change α (default AUDIO_MARK_STRENGTH). */
  strength?: number;
}

export function audioCodeword(payload: number): Uint8Array {
  if (!Number.isInteger(payload) || payload < 0 || payload > 0xffffffff) {
    throw new PayloadError(`audio payload must be an integer 0..4294967295, got ${payload}`);
  }
  return convolutionalEncode(withCrc(bitsOf(BigInt(payload), AUDIO_PAYLOAD_BITS)), AUDIO_CODE_RATE);
}

/** Gain offset (±1) of each chip group in each frame of a period, for a codeword. */
export function chipPlan(key: MarkKey, codeword: Uint8Array): Float64Array {
  const layout = audioMarkLayout(key);
  const plan = new Float64Array(PERIOD_BLOCKS * GROUPS);
  for (let t = 0; t < PERIOD_BLOCKS; t++) {
    for (let b = 0; b < SUBBANDS; b++) {
      const cell = t * SUBBANDS + b;
      const bit = layout.dataBit[cell]!;
      const sign = bit < 0 ? layout.syncSign[cell]! : codeword[bit] ? -1 : 1;
      for (let g = 0; g < GROUPS_PER_CELL; g++) {
        plan[t * GROUPS + b * GROUPS_PER_CELL + g] = sign * layout.chip[cell * GROUPS_PER_CELL + g]!;
      }
    }
  }
  return plan;
}

/** The mark signal for one channel: Σ frames of window · IFFT(α · chip · X). */
function markOf(x: Float32Array, plan: Float64Array, maxAlpha: number): Float32Array {
  const n = x.length;
  const w = new Float32Array(n);
  const re = new Float64Array(FRAME);
  const im = new Float64Array(FRAME);
  // Frame f covers samples [f·HOP − HOP, f·HOP + HOP).
  const frames = Math.ceil(n / HOP) + 1;
  for (let f = 0; f < frames; f++) {
    const start = f * HOP - HOP;
    let energy = 0;
    for (let i = 0; i < FRAME; i++) {
      const s = start + i;
      const v = s >= 0 && s < n ? x[s]! * WINDOW[i]! : 0;
      re[i] = v;
      im[i] = 0;
      energy += v * v;
    }
    if (energy === 0) continue;
    fftStrided(re, im, FRAME);
    // α for this frame: the mark's power at most MARK_LEVEL_DB under the frame's whole
    // programme, and at most maxAlpha in its own band.
    let total = 0;
    let band = 0;
    for (let k = 1; k < FRAME / 2; k++) {
      const p = re[k]! * re[k]! + im[k]! * im[k]!;
      total += p;
      if (k >= FIRST_BIN && k < FIRST_BIN + GROUPS * GROUP_BINS) band += p;
    }
    if (band === 0) continue;
    const alpha = Math.min(maxAlpha, Math.sqrt((LEVEL * total) / band));
    const t = Math.floor(f / BLOCK_FRAMES) % PERIOD_BLOCKS;
    const row = t * GROUPS;
    // Keep only the marked bins, times α·chip; mirror for a real result.
    const keepRe = new Float64Array(FRAME);
    const keepIm = new Float64Array(FRAME);
    for (let g = 0; g < GROUPS; g++) {
      const gain = alpha * plan[row + g]!;
      for (let j = 0; j < GROUP_BINS; j++) {
        const k = FIRST_BIN + g * GROUP_BINS + j;
        keepRe[k] = re[k]! * gain;
        keepIm[k] = im[k]! * gain;
        keepRe[FRAME - k] = re[FRAME - k]! * gain;
        keepIm[FRAME - k] = im[FRAME - k]! * gain;
      }
    }
    fftStrided(keepRe, keepIm, FRAME, 0, 1, true);
    for (let i = 0; i < FRAME; i++) {
      const s = start + i;
      if (s >= 0 && s < n) w[s] += (keepRe[i]! / FRAME) * WINDOW[i]!;
    }
  }
  return w;
}

export function embedAudioMark(audio: StereoAudio, options: AudioMarkOptions): StereoAudio {
  const plan = chipPlan(options.key, audioCodeword(options.payload));
  const alpha = options.strength ?? AUDIO_MARK_STRENGTH;
  const out = { sampleRate: audio.sampleRate, left: new Float32Array(audio.left.length), right: new Float32Array(audio.right.length) };
  let peak = 0;
  for (const ch of [audio.left, audio.right]) for (let i = 0; i < ch.length; i++) peak = Math.max(peak, Math.abs(ch[i]!));
  for (const [src, dst] of [[audio.left, out.left], [audio.right, out.right]] as const) {
    const w = markOf(src, plan, alpha);
    for (let i = 0; i < src.length; i++) {
      const v = src[i]! + w[i]!;
      dst[i] = v > peak ? peak : v < -peak ? -peak : v;
    }
  }
  return out;
}
