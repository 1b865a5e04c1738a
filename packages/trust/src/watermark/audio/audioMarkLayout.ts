/**
 * Layout of the audio mark: a keyed spread-spectrum pattern in the short-time spectrum.
 *
 * Frames of 2048 samples every 1024 (sqrt-Hann analysis and synthesis, 48 kHz). Bins 16–399
 * (375 Hz – 9.4 kHz, inside what AAC at 64 kbit/s keeps) form 96 chip groups of 4 bins,
 * 4 groups to a subband (24 subbands). A cell is one subband over a block of 4 frames
 * (85 ms); a period is 24 blocks (2.05 s) and repeats for the whole track. Of the 576 cells
 * in a period, 112 keyed cells carry a keyed sync pattern and 464 carry the coded payload
 * (32 payload bits + CRC-24, rate-1/2 convolutional code = 124 coded bits, 3–4 cells each
 * per period). Every chip group of a
 * cell gets a keyed chip sign; the mark scales the magnitude of its bins by (1 ± α).
 */
import { codedLength } from '../code/convolutionalCode.ts';
import { CRC_BITS } from '../code/crc24.ts';
import { keyedPermutation, keyedRandom, type MarkKey } from '../keyedRandom.ts';

export const FRAME = 2048;
export const HOP = 1024;
export const FIRST_BIN = 16;
export const BIN_COUNT = 384;
export const GROUP_BINS = 4;
export const GROUPS = BIN_COUNT / GROUP_BINS; // 96
export const GROUPS_PER_CELL = 4;
export const SUBBANDS = GROUPS / GROUPS_PER_CELL; // 24
export const BLOCK_FRAMES = 4;
export const PERIOD_BLOCKS = 24;
export const PERIOD_FRAMES = PERIOD_BLOCKS * BLOCK_FRAMES;
export const CELLS = PERIOD_BLOCKS * SUBBANDS; // 576
export const SYNC_CELLS = 112;
export const AUDIO_PAYLOAD_BITS = 32;
export const AUDIO_MESSAGE_BITS = AUDIO_PAYLOAD_BITS + CRC_BITS;
export const AUDIO_CODE_RATE = 2;
export const AUDIO_CODED_BITS = codedLength(AUDIO_MESSAGE_BITS, AUDIO_CODE_RATE);

export interface AudioMarkLayout {
  /** Per cell (block·SUBBANDS + subband): coded bit index, or −1 for a sync cell. */
  dataBit: Int32Array;
  /** Per cell: sync sign (0 for data cells). */
  syncSign: Float64Array;
  /** Per cell and chip group in it: chip sign. */
  chip: Float64Array;
}

const cache = new Map<string, AudioMarkLayout>();

export function audioMarkLayout(key: MarkKey): AudioMarkLayout {
  const id = typeof key === 'string' ? `s:${key}` : `b:${Buffer.from(key).toString('hex')}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const order = keyedPermutation(key, 'klappe/audio-mark/v1/cells', CELLS);
  const rng = keyedRandom(key, 'klappe/audio-mark/v1/signs');
  const dataBit = new Int32Array(CELLS);
  const syncSign = new Float64Array(CELLS);
  const chip = new Float64Array(CELLS * GROUPS_PER_CELL);
  for (let j = 0; j < CELLS; j++) {
    const cell = order[j]!;
    if (j < SYNC_CELLS) {
      dataBit[cell] = -1;
      syncSign[cell] = 1;
    } else dataBit[cell] = (j - SYNC_CELLS) % AUDIO_CODED_BITS;
  }
  for (let i = 0; i < chip.length; i++) chip[i] = rng.sign();
  const layout = { dataBit, syncSign, chip };
  if (cache.size > 64) cache.clear();
  cache.set(id, layout);
  return layout;
}

/** sqrt-Hann (periodic): squared, consecutive frames at HOP sum to one. */
export const WINDOW = (() => {
  const w = new Float64Array(FRAME);
  for (let i = 0; i < FRAME; i++) w[i] = Math.sqrt(0.5 - 0.5 * Math.cos((2 * Math.PI * i) / FRAME));
  return w;
})();
