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
import { TILE_CELLS, cellSigns, tilePeriodPx, videoMarkLayout } from './videoMarkLayout.ts';

export type VideoMarker = (y: Uint8Array, width: number, height: number, frame: number) => void;

/** Target mean square error of the mark in luma levels²: PSNR = 10·log10(255²/MSE) ≈ 41.5 dB. */
export const MARK_MSE = 4.6;
const BLOCK = 8;
const SCALE = 64;

export interface VideoMarkerOptions {
  key: MarkKey;
  payload: VideoMarkPayload;
  /** Mean square level of the mark (default MARK_MSE); benchmarks trade it against robustness. */
  mse?: number;
}

/** The mark's codeword: payload bits + CRC-24, convolutionally encoded. */
export function videoCodeword(payload: VideoMarkPayload): Uint8Array {
  return convolutionalEncode(withCrc(videoPayloadBits(payload)));
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
  let cached: { width: number; height: number; pattern: Int8Array; meanSquare: number } | undefined;
  let gains = new Int32Array(0);
  let masks = new Float64Array(0);
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
      gains = new Int32Array(bw * bh);
    }
    // Perceptual mask per block: mean absolute horizontal + vertical difference on every
    // other row; flat blocks get half strength, busy ones up to twice.
    let sumSq = 0;
    for (let by = 0; by < bh; by++) {
      const y0 = by * BLOCK;
      const y1 = Math.min(height - 1, y0 + BLOCK);
      for (let bx = 0; bx < bw; bx++) {
        const x0 = bx * BLOCK;
        const x1 = Math.min(width - 1, x0 + BLOCK);
        let act = 0;
        let n = 0;
        for (let yy = y0; yy < y1; yy += 2) {
          const o = yy * width;
          for (let xx = x0; xx < x1; xx++) {
            const p = y[o + xx]!;
            act += Math.abs(p - y[o + xx + 1]!) + Math.abs(p - y[o + width + xx]!);
            n++;
          }
        }
        const a = n > 0 ? act / n : 0;
        const m = Math.min(2, 0.5 + a / 6);
        masks[by * bw + bx] = m;
        sumSq += m * m;
      }
    }
    // Amplitude so that mean(amplitude² · mask² · pattern²) = mse.
    const amplitude = Math.sqrt(mse / (meanSquare * (sumSq / (bw * bh))));
    // delta = pattern · gain / 2^14, pattern ∈ [−64, 64].
    const k = (amplitude * 16384) / SCALE;
    for (let i = 0; i < masks.length; i++) gains[i] = Math.round(masks[i]! * k);
    for (let yy = 0; yy < height; yy++) {
      const o = yy * width;
      const gRow = (yy >> 3) * bw;
      for (let x = 0; x < width; x++) {
        const g = gains[gRow + (x >> 3)]!;
        const v = y[o + x]! + ((pattern[o + x]! * g + 8192) >> 14);
        y[o + x] = v < 16 ? (y[o + x]! < 16 ? y[o + x]! : 16) : v > 235 ? (y[o + x]! > 235 ? y[o + x]! : 235) : v;
      }
    }
  };
}
