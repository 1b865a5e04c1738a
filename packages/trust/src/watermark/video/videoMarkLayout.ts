/**
 * Geometry and keyed layout of the invisible video mark.
 *
 * The luma carries a tile of 32×32 cells repeated over the whole frame, the same in every
 * frame. A tile is 256 px at a short side of 720 px (so a cell is 8 px; other sizes scale
 * with their short side). Each cell is a smooth bump (sin·sin over the cell) of sign ±1:
 * - 256 keyed cells carry a keyed sign pattern, the sync template, which lets the
 *   detector find the tile grid again after crops, padding and rescaling;
 * - the other 768 cells carry the coded payload: 64 payload bits + CRC-24, rate-1/2
 *   convolutional code (K = 7) = 188 coded bits, each spread over 4–5 cells of every tile
 *   with keyed chip signs, in keyed positions.
 * Without the key neither the sync nor the data cells can be told apart from noise.
 */
import { codedLength } from '../code/convolutionalCode.ts';
import { CRC_BITS } from '../code/crc24.ts';
import { keyedPermutation, keyedRandom, type MarkKey } from '../keyedRandom.ts';
import { VIDEO_PAYLOAD_BITS } from './VideoMarkPayload.ts';

export const TILE_CELLS = 32;
export const CELLS = TILE_CELLS * TILE_CELLS;
export const SYNC_CELLS = 256;
/** Tile size in pixels at the canonical short side. */
export const CANONICAL_SHORT_SIDE = 720;
export const CANONICAL_TILE_PX = 256;
export const MESSAGE_BITS = VIDEO_PAYLOAD_BITS + CRC_BITS;
/** Rate-1/2 convolutional code: 188 coded bits, each in 4–5 cells of every tile. */
export const CODE_RATE = 2;
export const CODED_BITS = codedLength(MESSAGE_BITS, CODE_RATE);

export interface VideoMarkLayout {
  /** Per cell: +1/−1 for sync cells, 0 for data cells. */
  syncSign: Float64Array;
  /** Per cell: the coded bit it carries (−1 for sync cells). */
  dataBit: Int32Array;
  /** Per cell: chip sign of a data cell (0 for sync cells). */
  chip: Float64Array;
}

const layoutCache = new Map<string, VideoMarkLayout>();

export function videoMarkLayout(key: MarkKey): VideoMarkLayout {
  const id = typeof key === 'string' ? `s:${key}` : `b:${Buffer.from(key).toString('hex')}`;
  const cached = layoutCache.get(id);
  if (cached) return cached;
  const order = keyedPermutation(key, 'klappe/video-mark/v1/cells', CELLS);
  const rng = keyedRandom(key, 'klappe/video-mark/v1/signs');
  const syncSign = new Float64Array(CELLS);
  const dataBit = new Int32Array(CELLS).fill(-1);
  const chip = new Float64Array(CELLS);
  for (let j = 0; j < CELLS; j++) {
    const cell = order[j]!;
    if (j < SYNC_CELLS) syncSign[cell] = rng.sign();
    else {
      dataBit[cell] = (j - SYNC_CELLS) % CODED_BITS;
      chip[cell] = rng.sign();
    }
  }
  const layout = { syncSign, dataBit, chip };
  if (layoutCache.size > 64) layoutCache.clear();
  layoutCache.set(id, layout);
  return layout;
}

/** Sign of every cell of the tile for a codeword (bits 0/1). */
export function cellSigns(layout: VideoMarkLayout, codeword: Uint8Array): Float64Array {
  const out = new Float64Array(CELLS);
  for (let c = 0; c < CELLS; c++) {
    const bit = layout.dataBit[c]!;
    out[c] = bit < 0 ? layout.syncSign[c]! : layout.chip[c]! * (codeword[bit] ? -1 : 1);
  }
  return out;
}

/** Tile period in pixels for a frame whose short side is `shortSide` pixels. */
export function tilePeriodPx(width: number, height: number): number {
  return (Math.min(width, height) * CANONICAL_TILE_PX) / CANONICAL_SHORT_SIDE;
}
