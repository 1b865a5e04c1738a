/**
 * Finds and reads the invisible mark in a luma image (usually the mean of many decoded
 * frames, which averages coding noise and moving content away). A pure kernel:
 *
 * 1. high-pass: image − box blur (9×9 at scale 1, following the scale), weighted per 8×8
 *    block by the expected mark strength over the local residual variance (Wiener-like);
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
import { blockMask } from './blockMask.ts';
import {
  CANONICAL_TILE_PX, CELLS, CODED_BITS, CODE_RATE, MESSAGE_BITS, TILE_CELLS, videoMarkLayout, type VideoMarkLayout,
} from './videoMarkLayout.ts';

const SUB = 4;
const BINS = TILE_CELLS * SUB; // 128
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

/** image − box blur, clipped at 3σ of its block and weighted per block (weightByBlock). */
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
      out[y * w + x] = v;
      s += tmp[Math.min(h - 1, y + r + 1) * w + x]! - tmp[Math.max(0, y - r) * w + x]!;
    }
  }
  weightByBlock(data, out, w, h);
  return out;
}

const WB = 8;
/**
 * Weights the residual per 8×8 block like a Wiener filter: by the mark strength the embedder
 * used there (estimated from the same block-mean activity) over the residual's variance
 * (picture detail and coding noise), so busy edges and flat noise count for what they carry.
 */
function weightByBlock(data: Float32Array, res: Float32Array, w: number, h: number): void {
  const bw = Math.ceil(w / WB);
  const bh = Math.ceil(h / WB);
  const mean = new Float64Array(bw * bh);
  const vari = new Float64Array(bw * bh);
  const count = new Float64Array(bw * bh);
  for (let y = 0; y < h; y++) {
    const row = (y >> 3) * bw;
    for (let x = 0; x < w; x++) {
      const b = row + (x >> 3);
      const v = res[y * w + x]!;
      mean[b] += data[y * w + x]!;
      vari[b] += v * v;
      count[b]++;
    }
  }
  for (let b = 0; b < mean.length; b++) {
    mean[b] /= count[b]!;
    vari[b] /= count[b]!;
  }
  const weight = new Float64Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      const i = by * bw + bx;
      const m = blockMask(mean, bw, bh, i);
      weight[i] = m / (vari[i]! + NOISE_FLOOR);
    }
  }
  for (let y = 0; y < h; y++) {
    const row = (y >> 3) * bw;
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const bi = row + (x >> 3);
      const limit = 3 * Math.sqrt(vari[bi]! + NOISE_FLOOR);
      const v = res[i]!;
      res[i] = (v > limit ? limit : v < -limit ? -limit : v) * weight[bi]!;
    }
  }
}
/** Residual variance (levels²) that every block has at least: coding noise. */
const NOISE_FLOOR = 0.5;

/** 2×2 sums: the residual at half resolution for the coarse scale search. */
function halve(res: Float32Array, w: number, h: number): { data: Float32Array; width: number; height: number } {
  const hw = w >> 1;
  const hh = h >> 1;
  const out = new Float32Array(hw * hh);
  for (let y = 0; y < hh; y++) {
    const a = 2 * y * w;
    const b = a + w;
    for (let x = 0; x < hw; x++) out[y * hw + x] = res[a + 2 * x]! + res[a + 2 * x + 1]! + res[b + 2 * x]! + res[b + 2 * x + 1]!;
  }
  return { data: out, width: hw, height: hh };
}

/**
 * Mean residual per bin when folding modulo a tile period of `period` pixels into bins×bins
 * bins, measured from the image centre (so a small error in the period misplaces the edges
 * of the picture least).
 */
export function fold(residual: Float32Array, width: number, height: number, period: number, bins: number): Float64Array {
  const sum = new Float64Array(bins * bins);
  const colBin = new Int32Array(width);
  const colCount = new Float64Array(bins);
  const rowCount = new Float64Array(bins);
  const cx = width / 2;
  const cy = height / 2;
  for (let x = 0; x < width; x++) {
    const u = (x + 0.5 - cx) / period;
    const b = Math.min(bins - 1, Math.floor((u - Math.floor(u)) * bins));
    colBin[x] = b;
    colCount[b]++;
  }
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5 - cy) / period;
    const by = Math.min(bins - 1, Math.floor((v - Math.floor(v)) * bins));
    rowCount[by]++;
    const row = by * bins;
    const o = y * width;
    for (let x = 0; x < width; x++) sum[row + colBin[x]!] += residual[o + x]!;
  }
  for (let by = 0; by < bins; by++) {
    for (let bx = 0; bx < bins; bx++) {
      const n = rowCount[by]! * colCount[bx]!;
      sum[by * bins + bx] = n > 0 ? sum[by * bins + bx]! / n : 0;
    }
  }
  return sum;
}

/** The expected fold of a tile with these cell signs, `sub` bins per cell (bump weights). */
function templateOf(signs: Float64Array, sub: number): Float64Array {
  const bins = TILE_CELLS * sub;
  const weight = Array.from({ length: sub }, (_, q) => Math.sin((Math.PI * (q + 0.5)) / sub));
  const t = new Float64Array(bins * bins);
  for (let by = 0; by < bins; by++) {
    const cy = Math.floor(by / sub);
    const wy = weight[by % sub]!;
    for (let bx = 0; bx < bins; bx++) t[by * bins + bx] = signs[cy * TILE_CELLS + Math.floor(bx / sub)]! * wy * weight[bx % sub]!;
  }
  return t;
}

interface Spectrum {
  re: Float64Array;
  im: Float64Array;
  bins: number;
}

function spectrumOf(a: Float64Array, bins: number): Spectrum {
  const re = Float64Array.from(a);
  const im = new Float64Array(a.length);
  fft2d(re, im, bins);
  return { re, im, bins };
}

/** Peak of the circular cross-correlation of the fold with the template, and its z-score. */
function correlate(foldSpec: Spectrum, template: Spectrum): { z: number; dx: number; dy: number } {
  const bins = foldSpec.bins;
  const n = bins * bins;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ar = foldSpec.re[i]!, ai = foldSpec.im[i]!, br = template.re[i]!, bi = template.im[i]!;
    re[i] = ar * br + ai * bi;
    im[i] = ai * br - ar * bi;
  }
  fft2d(re, im, bins, true);
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
  return { z: (re[best]! - mean) / sd, dx: best % bins, dy: Math.floor(best / bins) };
}

/** Soft values of the coded bits read from a 128-bin fold at grid offset (dx, dy): positive = 0. */
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

/** Scales searched: 0.45× … 1.6× the canonical tile, in 1.2% steps at half resolution, then refined. */
const MIN_SCALE = 0.45;
const MAX_SCALE = 1.6;
const COARSE_STEP = 1.012;
const FINE_STEPS = [0, -0.008, -0.004, 0.004, 0.008];
const COARSE_BINS = TILE_CELLS * 2;

export function locateVideoMark(img: LumaImage, keys: readonly MarkCandidateKey[]): LocateResult {
  if (keys.length === 0) return { found: false, syncZ: 0 };
  // The blur follows the scale: half a cell (4 px at scale 1), so small copies keep their mark.
  const residuals = new Map<number, { full: Float32Array; half?: ReturnType<typeof halve> }>();
  const residualFor = (scale: number) => {
    const r = Math.max(1, Math.round(4 * scale));
    let res = residuals.get(r);
    if (!res) residuals.set(r, (res = { full: highPass(img, r) }));
    return res;
  };
  const layouts = keys.map((k) => videoMarkLayout(k.key));
  const coarseTemplates = layouts.map((l) => spectrumOf(templateOf(l.syncSign, 2), COARSE_BINS));
  const fineTemplates = layouts.map((l) => spectrumOf(templateOf(l.syncSign, SUB), BINS));
  const coarse: { scale: number; z: number }[][] = keys.map(() => []);
  for (let s = MIN_SCALE; s <= MAX_SCALE; s *= COARSE_STEP) {
    const res = residualFor(s);
    res.half ??= halve(res.full, img.width, img.height);
    const f = fold(res.half.data, res.half.width, res.half.height, (CANONICAL_TILE_PX * s) / 2, COARSE_BINS);
    const spec = spectrumOf(f, COARSE_BINS);
    coarseTemplates.forEach((t, k) => coarse[k]!.push({ scale: s, z: correlate(spec, t).z }));
  }
  const fineAt = new Map<number, { fold: Float64Array; spec: Spectrum }>();
  const fine = (scale: number) => {
    let f = fineAt.get(scale);
    if (!f) {
      const data = fold(residualFor(scale).full, img.width, img.height, CANONICAL_TILE_PX * scale, BINS);
      fineAt.set(scale, (f = { fold: data, spec: spectrumOf(data, BINS) }));
    }
    return f;
  };
  let bestZ = 0;
  for (let k = 0; k < keys.length; k++) {
    // Local maxima of the coarse search, best first; each refined in finer scale steps.
    const list = coarse[k]!;
    const peaks = list
      .filter((c, i) => c.z >= (list[i - 1]?.z ?? -Infinity) && c.z >= (list[i + 1]?.z ?? -Infinity))
      .sort((a, b) => b.z - a.z)
      .slice(0, CANDIDATES_PER_KEY);
    for (const peak of peaks) {
      let best: Candidate | undefined;
      for (const d of FINE_STEPS) {
        const scale = peak.scale * (1 + d);
        const f = fine(scale);
        const c = { keyIndex: k, scale, fold: f.fold, ...correlate(f.spec, fineTemplates[k]!) };
        if (!best || c.z > best.z) best = c;
      }
      const c = best!;
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
