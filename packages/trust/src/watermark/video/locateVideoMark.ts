/**
 * Finds and reads the invisible mark in a luma image (usually the mean of many decoded
 * frames, which averages coding noise and moving content away). A pure kernel:
 *
 * 1. high-pass: image − box blur (9×9 at scale 1, following the scale), clipped to ±CLIP so strong edges do not dominate;
 * 2. for each candidate scale, fold the residual modulo the tile period into 128×128 bins
 *    (4 per cell) — this sums every tile in the picture, whatever was cropped or padded;
 * 3. circular cross-correlation (FFT) of the fold with each key's sync template: the peak
 *    gives the grid offset, its height over the spread of all offsets (z) the evidence;
 *    the best scales are refined in finer steps;
 * 4. at the best few (scale, offset) candidates, soft values of the coded bits → Viterbi →
 *    CRC-24. Only a matching CRC counts as found, so an unmarked video is reported unmarked
 *    (probability of a false match ≤ CANDIDATES_PER_KEY · 2⁻²⁴ ≈ 1.8·10⁻⁷ per key tried).
 */
import { viterbiDecode } from '../code/convolutionalCode.ts';
import { checkCrc } from '../code/crc24.ts';
import { fft2d } from '../fft2d.ts';
import type { MarkKey } from '../keyedRandom.ts';
import { videoPayloadFromBits, type VideoMarkPayload } from './VideoMarkPayload.ts';
import { videoCodeword } from './createVideoMarker.ts';
import {
  CANONICAL_TILE_PX, CELLS, CODED_BITS, CODE_RATE, MESSAGE_BITS, TILE_CELLS, videoMarkLayout, type VideoMarkLayout,
} from './videoMarkLayout.ts';

const SUB = 4;
const BINS = TILE_CELLS * SUB; // 128
const CLIP = 6;
export const CANDIDATES_PER_KEY = 3;
const SUB_WEIGHT = Array.from({ length: SUB }, (_, q) => Math.sin((Math.PI * (q + 0.5)) / SUB));

export interface LumaImage {
  data: Float32Array;
  width: number;
  height: number;
}

export interface MarkCandidateKey {
  instance?: number;
  key: MarkKey;
}

export interface LocateResult {
  found: boolean;
  payload?: VideoMarkPayload;
  /** The key (index in the list) whose mark was read. */
  keyIndex?: number;
  /** Share of hard decisions that agree with the re-encoded codeword (when found). */
  bitAccuracy?: number;
  /** Sync correlation peak of the best candidate, in standard deviations. */
  syncZ: number;
  scale?: number;
}

/** image − box blur, clipped to ±CLIP. */
export function highPass(img: LumaImage, r: number): Float32Array {
  const { data, width: w, height: h } = img;
  const tmp = new Float32Array(w * h);
  // Horizontal running sum, then vertical.
  for (let y = 0; y < h; y++) {
    const o = y * w;
    let s = 0;
    for (let x = -r; x <= r; x++) s += data[o + Math.min(w - 1, Math.max(0, x))]!;
    for (let x = 0; x < w; x++) {
      tmp[o + x] = s;
      s += data[o + Math.min(w - 1, x + r + 1)]! - data[o + Math.max(0, x - r)]!;
    }
  }
  const out = new Float32Array(w * h);
  const norm = 1 / ((2 * r + 1) * (2 * r + 1));
  for (let x = 0; x < w; x++) {
    let s = 0;
    for (let y = -r; y <= r; y++) s += tmp[Math.min(h - 1, Math.max(0, y)) * w + x]!;
    for (let y = 0; y < h; y++) {
      const v = data[y * w + x]! - s * norm;
      out[y * w + x] = v > CLIP ? CLIP : v < -CLIP ? -CLIP : v;
      s += tmp[Math.min(h - 1, y + r + 1) * w + x]! - tmp[Math.max(0, y - r) * w + x]!;
    }
  }
  return out;
}

/** Mean residual per bin when folding modulo a tile period of `period` pixels. */
export function fold(residual: Float32Array, width: number, height: number, period: number): Float64Array {
  const sum = new Float64Array(BINS * BINS);
  const colBin = new Int32Array(width);
  const colCount = new Float64Array(BINS);
  const rowCount = new Float64Array(BINS);
  for (let x = 0; x < width; x++) {
    const u = (x + 0.5) / period;
    const b = Math.floor((u - Math.floor(u)) * BINS);
    colBin[x] = b;
    colCount[b]++;
  }
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5) / period;
    const by = Math.floor((v - Math.floor(v)) * BINS);
    rowCount[by]++;
    const row = by * BINS;
    const o = y * width;
    for (let x = 0; x < width; x++) sum[row + colBin[x]!] += residual[o + x]!;
  }
  for (let by = 0; by < BINS; by++) {
    for (let bx = 0; bx < BINS; bx++) {
      const n = rowCount[by]! * colCount[bx]!;
      sum[by * BINS + bx] = n > 0 ? sum[by * BINS + bx]! / n : 0;
    }
  }
  return sum;
}

/** The expected fold of a tile with these cell signs (sub-bin bump weights). */
function templateOf(signs: Float64Array): Float64Array {
  const t = new Float64Array(BINS * BINS);
  for (let by = 0; by < BINS; by++) {
    const cy = by >> 2;
    const wy = SUB_WEIGHT[by & 3]!;
    for (let bx = 0; bx < BINS; bx++) t[by * BINS + bx] = signs[cy * TILE_CELLS + (bx >> 2)]! * wy * SUB_WEIGHT[bx & 3]!;
  }
  return t;
}

interface Spectrum {
  re: Float64Array;
  im: Float64Array;
}

function spectrumOf(a: Float64Array): Spectrum {
  const re = Float64Array.from(a);
  const im = new Float64Array(a.length);
  fft2d(re, im, BINS);
  return { re, im };
}

/** Peak of the circular cross-correlation of the fold with the template, and its z-score. */
function correlate(foldSpec: Spectrum, template: Spectrum): { z: number; dx: number; dy: number } {
  const n = BINS * BINS;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ar = foldSpec.re[i]!, ai = foldSpec.im[i]!, br = template.re[i]!, bi = template.im[i]!;
    re[i] = ar * br + ai * bi;
    im[i] = ai * br - ar * bi;
  }
  fft2d(re, im, BINS, true);
  let best = 0;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const v = re[i]!;
    sum += v;
    sumSq += v * v;
    if (v > re[best]!) best = i;
  }
  const mean = sum / n;
  const sd = Math.sqrt(Math.max(1e-30, sumSq / n - mean * mean));
  return { z: (re[best]! - mean) / sd, dx: best % BINS, dy: Math.floor(best / BINS) };
}

/** Soft values of the coded bits read at grid offset (dx, dy): positive = 0. */
function softBits(foldData: Float64Array, layout: VideoMarkLayout, dx: number, dy: number): Float64Array {
  const soft = new Float64Array(CODED_BITS);
  for (let c = 0; c < CELLS; c++) {
    const bit = layout.dataBit[c]!;
    if (bit < 0) continue;
    const cy = Math.floor(c / TILE_CELLS);
    const cx = c % TILE_CELLS;
    let v = 0;
    for (let qy = 0; qy < SUB; qy++) {
      const row = ((cy * SUB + qy + dy) % BINS) * BINS;
      for (let qx = 0; qx < SUB; qx++) v += foldData[row + ((cx * SUB + qx + dx) % BINS)]! * SUB_WEIGHT[qy]! * SUB_WEIGHT[qx]!;
    }
    soft[bit] += layout.chip[c]! * v;
  }
  return soft;
}

interface Candidate {
  keyIndex: number;
  scale: number;
  z: number;
  dx: number;
  dy: number;
  fold: Float64Array;
}

/** Scales searched: 0.45× … 1.6× the canonical tile, in 1.2% steps, then refined. */
const MIN_SCALE = 0.45;
const MAX_SCALE = 1.6;
const COARSE_STEP = 1.012;
const FINE_STEPS = [-0.008, -0.004, 0.004, 0.008];

export function locateVideoMark(img: LumaImage, keys: readonly MarkCandidateKey[]): LocateResult {
  if (keys.length === 0) return { found: false, syncZ: 0 };
  // The blur follows the scale: half a cell (4 px at scale 1), so small copies keep their mark.
  const residuals = new Map<number, Float32Array>();
  const residualFor = (scale: number): Float32Array => {
    const r = Math.max(1, Math.round(4 * scale));
    let res = residuals.get(r);
    if (!res) residuals.set(r, (res = highPass(img, r)));
    return res;
  };
  const layouts = keys.map((k) => videoMarkLayout(k.key));
  const templates = layouts.map((l) => spectrumOf(templateOf(l.syncSign)));
  const evaluate = (scale: number): Candidate[] => {
    const f = fold(residualFor(scale), img.width, img.height, CANONICAL_TILE_PX * scale);
    const spec = spectrumOf(f);
    return templates.map((t, keyIndex) => ({ keyIndex, scale, fold: f, ...correlate(spec, t) }));
  };
  const perKey: Candidate[][] = keys.map(() => []);
  for (let s = MIN_SCALE; s <= MAX_SCALE; s *= COARSE_STEP) {
    for (const c of evaluate(s)) perKey[c.keyIndex]!.push(c);
  }
  let bestZ = 0;
  for (let k = 0; k < keys.length; k++) {
    const coarse = perKey[k]!.sort((a, b) => b.z - a.z);
    // Refine around the coarse local maxima, best first.
    const refined: Candidate[] = [];
    for (const c of coarse.slice(0, CANDIDATES_PER_KEY)) {
      refined.push(c);
      for (const d of FINE_STEPS) refined.push(evaluate(c.scale * (1 + d))[k]!);
    }
    refined.sort((a, b) => b.z - a.z);
    const tried: Candidate[] = [];
    for (const c of refined) {
      if (tried.length >= CANDIDATES_PER_KEY) break;
      if (tried.some((t) => Math.abs(t.scale / c.scale - 1) < 0.006)) continue;
      tried.push(c);
    }
    for (const c of tried) {
      bestZ = Math.max(bestZ, c.z);
      const soft = softBits(c.fold, layouts[k]!, c.dx, c.dy);
      const message = viterbiDecode(soft, MESSAGE_BITS, CODE_RATE);
      const checked = checkCrc(message);
      if (!checked) continue;
      const payload = videoPayloadFromBits(checked);
      const codeword = videoCodeword(payload);
      let agree = 0;
      for (let i = 0; i < CODED_BITS; i++) if ((soft[i]! < 0 ? 1 : 0) === codeword[i]) agree++;
      return { found: true, payload, keyIndex: k, bitAccuracy: agree / CODED_BITS, syncZ: c.z, scale: c.scale };
    }
  }
  return { found: false, syncZ: bestZ };
}
