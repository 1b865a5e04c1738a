/**
 * Embeds the invisible mark into the luma plane of a frame, in place. A pure function of
 * (key, payload, frame index, pixels): frames can be marked on any thread in any order.
 *
 * The mark is the tile pattern of videoMarkLayout, scaled per 8×8 block by a perceptual
 * mask (stronger where the picture is busy, weaker on flat sky and floors) and per frame
 * so the mark stays at a fixed mean-square level: PSNR ≈ 41.5 dB against the unmarked frame
 * (a little higher where pixels clip at the luma limits).
 */
import { convolutionalEncode } from '../code/convolutionalCode.ts';
import { withCrc } from '../code/crc24.ts';
import type { MarkKey } from '../keyedRandom.ts';
import { videoPayloadBits, type VideoMarkPayload } from './VideoMarkPayload.ts';
import { CODE_RATE, TILE_CELLS, cellSigns, tilePeriodPx, videoMarkLayout } from './videoMarkLayout.ts';
import { blockMask } from './blockMask.ts';

export type VideoMarker = (y: Uint8Array, width: number, height: number, frame: number) => void;

/** Target mean square error of the mark in luma levels²: PSNR = 10·log10(255²/MSE) ≈ 41.5 dB. */
export const MARK_MSE = 4.6;
/** Peak amplitude (luma levels) of a cell where the mask is 1. */
export const MAX_AMPLITUDE = 4.5;
const BLOCK = 8;
const SCALE = 64;

export interface VideoMarkerOptions {
  key: MarkKey;
  payload: VideoMarkPayload;
  /** Mean square level of the mark (default MARK_MSE); benchmarks trade it against robustness. */
  mse?: number;
  /** Peak amplitude where the mask is 1 (default MAX_AMPLITUDE). */
  maxAmplitude?: number;
}

/** The mark's codeword: payload bits + CRC-24, convolutionally encoded. */
export function videoCodeword(payload: VideoMarkPayload): Uint8Array {
  return convolutionalEncode(withCrc(videoPayloadBits(payload)), CODE_RATE);
}

/** The unit pattern (×64, rounded) for every pixel of a frame of this size. */
export function markPattern(signs: Float64Array, width: number, height: number): Int8Array {
  const period = tilePeriodPx(width, height);
  const cellPx = period / TILE_CELLS;
  const colCell = new Int32Array(width);
  const colBump = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    const u = (x + 0.5) / cellPx;
    colCell[x] = Math.floor(u) % TILE_CELLS;
    colBump[x] = Math.sin(Math.PI * (u - Math.floor(u)));
  }
  const out = new Int8Array(width * height);
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5) / cellPx;
    const rowCell = (Math.floor(v) % TILE_CELLS) * TILE_CELLS;
    const rowBump = Math.sin(Math.PI * (v - Math.floor(v))) * SCALE;
    const o = y * width;
    for (let x = 0; x < width; x++) out[o + x] = Math.round(signs[rowCell + colCell[x]!]! * rowBump * colBump[x]!);
  }
  return out;
}

export function createVideoMarker(options: VideoMarkerOptions): VideoMarker {
  const signs = cellSigns(videoMarkLayout(options.key), videoCodeword(options.payload));
  const mse = options.mse ?? MARK_MSE;
  const maxAmplitude = options.maxAmplitude ?? MAX_AMPLITUDE;
  let cached: { width: number; height: number; pattern: Int8Array; meanSquare: number } | undefined;
  let gains = new Int32Array(0);
  let masks = new Float64Array(0);
  let means = new Float64Array(0);
  return (y, width, height) => {
    if (y.length < width * height) throw new Error(`luma plane has ${y.length} bytes, expected ${width * height}`);
    if (!cached || cached.width !== width || cached.height !== height) {
      const pattern = markPattern(signs, width, height);
      let sum = 0;
      for (let i = 0; i < pattern.length; i++) sum += pattern[i]! * pattern[i]!;
      cached = { width, height, pattern, meanSquare: sum / pattern.length / (SCALE * SCALE) };
    }
    const { pattern, meanSquare } = cached;
    const bw = Math.ceil(width / BLOCK);
    const bh = Math.ceil(height / BLOCK);
    if (masks.length !== bw * bh) {
      masks = new Float64Array(bw * bh);
      means = new Float64Array(bw * bh);
      gains = new Int32Array(bw * bh);
    }
    // Perceptual mask per 8×8 block from the structure at the mark's own scale: the second
    // difference of block means (two sampled rows) across and down, so smooth gradients (a
    // shaded ball, the sky) count as flat. Flat areas, even grainy ones, get a quarter of the
    // strength; edges and texture up to 1.25 times.
    for (let by = 0; by < bh; by++) {
      const row = by * bw;
      for (let bx = 0; bx < bw; bx++) masks[row + bx] = 0;
      let rows = 0;
      for (const dy of [2, 6]) {
        const yy = Math.min(height - 1, by * BLOCK + dy);
        const o = yy * width;
        for (let x = 0; x < width; x++) masks[row + (x >> 3)] += y[o + x]!;
        rows++;
      }
      for (let bx = 0; bx < bw; bx++) means[row + bx] = masks[row + bx]! / (rows * Math.min(BLOCK, width - bx * BLOCK));
    }
    let sumSq = 0;
    for (let by = 0; by < bh; by++) {
      for (let bx = 0; bx < bw; bx++) {
        const i = by * bw + bx;
        const m = blockMask(means, bw, bh, i);
        masks[i] = m;
        sumSq += m * m;
      }
    }
    // Amplitude so that mean(amplitude² · mask² · pattern²) = mse, at most MAX_AMPLITUDE
    // (frames that are mostly flat get a weaker mark rather than a visible one).
    const amplitude = Math.min(maxAmplitude, Math.sqrt(mse / (meanSquare * (sumSq / (bw * bh)))));
    // delta = pattern · gain / 2^14, pattern ∈ [−64, 64]; the clamped view keeps 0..255.
    const k = (amplitude * 16384) / SCALE;
    for (let i = 0; i < masks.length; i++) gains[i] = Math.round(masks[i]! * k);
    const out = new Uint8ClampedArray(y.buffer, y.byteOffset, width * height);
    for (let yy = 0; yy < height; yy++) {
      const o = yy * width;
      const gRow = (yy >> 3) * bw;
      for (let bx = 0; bx < bw; bx++) {
        const g = gains[gRow + bx]!;
        const end = o + Math.min(width, (bx + 1) * BLOCK);
        for (let i = o + bx * BLOCK; i < end; i++) out[i] = y[i]! + ((pattern[i]! * g + 8192) >> 14);
      }
    }
  };
}
