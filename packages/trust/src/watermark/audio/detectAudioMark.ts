/**
 * Finds and reads the audio mark in a file or in samples. The mid channel is analysed with
 * the embedder's frames at four sub-hop offsets; per frame, the log magnitude of each bin
 * (floored 10 dB under its neighbours, so bins a codec emptied do not dominate) minus its
 * spectral neighbourhood (±8 bins) is summed per chip group, and each group's mean over
 * the track (the programme's steady spectral shape) is removed. For every frame
 * alignment within the period (96 frames × 4 offsets) the sync cells are correlated; the
 * best three alignments are decoded (soft values → Viterbi → CRC-24). Only a matching CRC
 * counts as found: a false match has probability ≤ 3 · 2⁻²⁴ per key tried.
 */
import { spawn } from 'node:child_process';
import { ffmpegPath } from '@klappe/engine';
import { viterbiDecode } from '../code/convolutionalCode.ts';
import { checkCrc, valueOf } from '../code/crc24.ts';
import { fftStrided } from '../fft2d.ts';
import type { MarkKey } from '../keyedRandom.ts';
import { audioCodeword } from './embedAudioMark.ts';
import {
  AUDIO_CODE_RATE, AUDIO_CODED_BITS, AUDIO_MESSAGE_BITS, BLOCK_FRAMES, CELLS, FIRST_BIN, FRAME, GROUP_BINS, GROUPS,
  GROUPS_PER_CELL, HOP, PERIOD_BLOCKS, PERIOD_FRAMES, SUBBANDS, WINDOW, audioMarkLayout,
} from './audioMarkLayout.ts';

export interface AudioMarkDetection {
  found: boolean;
  payload?: number;
  instance?: number;
  /** Share of coded bits read as the re-encoded codeword (when found). */
  bitAccuracy?: number;
  /** 1 − 3·2⁻²⁴ when found, 0 when not. */
  confidence: number;
  /** Sync correlation of the best alignment, in standard deviations over all alignments. */
  syncZ: number;
}

export interface DetectAudioMarkOptions {
  keys: { instance?: number; key: MarkKey }[];
}

export class AudioMarkError extends Error {
  override name = 'AudioMarkError';
}

const OFFSETS = [0, 256, 512, 768];
const SMOOTH = 8;
/** Power floor relative to the neighbouring bins' mean (−10 dB). */
const FLOOR = 0.1;
const CANDIDATES = 3;

/** Decodes the mid (L+R)/2 channel of a file's first audio stream at 48 kHz. */
export function decodeMidChannel(path: string): Promise<Float32Array> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), [
      '-hide_banner', '-loglevel', 'error', '-nostdin', '-i', path, '-vn', '-map', '0:a:0',
      '-af', 'pan=mono|c0=0.5*c0+0.5*c1', '-ar', '48000', '-f', 'f32le', 'pipe:1',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString();
    });
    child.on('error', (err) => reject(new AudioMarkError(`cannot run ffmpeg: ${err.message}`)));
    child.on('close', (code) => {
      // A file without sound carries no audio mark: nothing to read, not an error.
      if (code !== 0 && /matches no streams|does not contain any stream/.test(stderr)) return resolve(new Float32Array(0));
      if (code !== 0) return reject(new AudioMarkError(`cannot decode audio of ${path}: ${stderr.trim().split('\n').pop() ?? `exit ${code}`}`));
      const buf = Buffer.concat(chunks);
      const out = new Float32Array(Math.floor(buf.length / 4));
      for (let i = 0; i < out.length; i++) out[i] = buf.readFloatLE(i * 4);
      resolve(out);
    });
  });
}

/** Per frame (at this sample offset) and chip group: Σ (log|X| − local mean of log|X|). */
function groupFeatures(x: Float32Array, offset: number): { g: Float64Array; frames: number } {
  const frames = Math.max(0, Math.floor((x.length - offset) / HOP));
  const g = new Float64Array(frames * GROUPS);
  const re = new Float64Array(FRAME);
  const im = new Float64Array(FRAME);
  const lo = FIRST_BIN - SMOOTH;
  const hi = FIRST_BIN + GROUPS * GROUP_BINS + SMOOTH;
  const logMag = new Float64Array(hi);
  const power = new Float64Array(hi + SMOOTH + 1);
  for (let f = 0; f < frames; f++) {
    const start = offset + f * HOP - HOP;
    let energy = 0;
    for (let i = 0; i < FRAME; i++) {
      const s = start + i;
      const v = s >= 0 && s < x.length ? x[s]! * WINDOW[i]! : 0;
      re[i] = v;
      im[i] = 0;
      energy += v * v;
    }
    if (energy < 1e-12) continue;
    fftStrided(re, im, FRAME);
    // Power floored at FLOOR × the neighbouring bins' mean: bins a codec emptied do not dominate.
    for (let k = lo - SMOOTH; k <= hi + SMOOTH; k++) power[k] = re[k]! * re[k]! + im[k]! * im[k]!;
    let run = 0;
    for (let k = lo - SMOOTH; k <= lo + SMOOTH; k++) run += power[k]!;
    for (let k = lo; k < hi; k++) {
      logMag[k] = 0.5 * Math.log(power[k]! + (FLOOR * run) / (2 * SMOOTH + 1) + 1e-20);
      run += power[k + SMOOTH + 1]! - power[k - SMOOTH]!;
    }
    for (let gi = 0; gi < GROUPS; gi++) {
      let acc = 0;
      for (let j = 0; j < GROUP_BINS; j++) {
        const k = FIRST_BIN + gi * GROUP_BINS + j;
        let m = 0;
        for (let d = -SMOOTH; d <= SMOOTH; d++) m += logMag[k + d]!;
        acc += logMag[k]! - m / (2 * SMOOTH + 1);
      }
      g[f * GROUPS + gi] = acc;
    }
  }
  // Remove each group's average over time: the programme's steady spectral shape.
  for (let gi = 0; gi < GROUPS; gi++) {
    let m = 0;
    for (let f = 0; f < frames; f++) m += g[f * GROUPS + gi]!;
    m /= Math.max(1, frames);
    for (let f = 0; f < frames; f++) g[f * GROUPS + gi] -= m;
  }
  return { g, frames };
}

/** Per cell of the period and chip group: feature sums under alignment `shift` (frames). */
function cellSums(g: Float64Array, frames: number, shift: number): Float64Array {
  const acc = new Float64Array(PERIOD_BLOCKS * GROUPS);
  for (let f = 0; f < frames; f++) {
    const t = Math.floor((f + shift) / BLOCK_FRAMES) % PERIOD_BLOCKS;
    const row = t * GROUPS;
    const src = f * GROUPS;
    for (let gi = 0; gi < GROUPS; gi++) acc[row + gi] += g[src + gi]!;
  }
  return acc;
}

function cellValue(acc: Float64Array, chip: Float64Array, cell: number): number {
  const t = Math.floor(cell / SUBBANDS);
  const b = cell % SUBBANDS;
  let v = 0;
  for (let q = 0; q < GROUPS_PER_CELL; q++) v += chip[cell * GROUPS_PER_CELL + q]! * acc[t * GROUPS + b * GROUPS_PER_CELL + q]!;
  return v;
}

export function locateAudioMark(mid: Float32Array, keys: readonly { instance?: number; key: MarkKey }[]): AudioMarkDetection {
  if (mid.length < FRAME * BLOCK_FRAMES || keys.length === 0) return { found: false, confidence: 0, syncZ: 0 };
  const features = OFFSETS.map((o) => groupFeatures(mid, o));
  let bestZ = 0;
  for (let k = 0; k < keys.length; k++) {
    const layout = audioMarkLayout(keys[k]!.key);
    const hyps: { offset: number; shift: number; score: number; acc: Float64Array }[] = [];
    features.forEach((ft, oi) => {
      for (let shift = 0; shift < PERIOD_FRAMES; shift++) {
        const acc = cellSums(ft.g, ft.frames, shift);
        let score = 0;
        for (let c = 0; c < CELLS; c++) if (layout.dataBit[c]! < 0) score += cellValue(acc, layout.chip, c);
        hyps.push({ offset: oi, shift, score, acc });
      }
    });
    let sum = 0;
    let sumSq = 0;
    for (const h of hyps) {
      sum += h.score;
      sumSq += h.score * h.score;
    }
    const mean = sum / hyps.length;
    const sd = Math.sqrt(Math.max(1e-30, sumSq / hyps.length - mean * mean));
    hyps.sort((a, b) => b.score - a.score);
    for (const h of hyps.slice(0, CANDIDATES)) {
      const z = (h.score - mean) / sd;
      bestZ = Math.max(bestZ, z);
      const soft = new Float64Array(AUDIO_CODED_BITS);
      for (let c = 0; c < CELLS; c++) {
        const bit = layout.dataBit[c]!;
        if (bit >= 0) soft[bit] += cellValue(h.acc, layout.chip, c);
      }
      const checked = checkCrc(viterbiDecode(soft, AUDIO_MESSAGE_BITS, AUDIO_CODE_RATE));
      if (!checked) continue;
      const payload = Number(valueOf(checked));
      const codeword = audioCodeword(payload);
      let agree = 0;
      for (let i = 0; i < AUDIO_CODED_BITS; i++) if ((soft[i]! < 0 ? 1 : 0) === codeword[i]) agree++;
      return {
        found: true, payload, instance: keys[k]!.instance, bitAccuracy: agree / AUDIO_CODED_BITS,
        confidence: 1 - CANDIDATES * 2 ** -24, syncZ: z,
      };
    }
  }
  return { found: false, confidence: 0, syncZ: bestZ };
}

export async function detectAudioMark(input: string | Float32Array | { left: Float32Array; right: Float32Array }, options: DetectAudioMarkOptions): Promise<AudioMarkDetection> {
  let mid: Float32Array;
  if (typeof input === 'string') mid = await decodeMidChannel(input);
  else if (input instanceof Float32Array) mid = input;
  else {
    mid = new Float32Array(input.left.length);
    for (let i = 0; i < mid.length; i++) mid[i] = 0.5 * (input.left[i]! + (input.right[i] ?? 0));
  }
  return locateAudioMark(mid, options.keys);
}
