/**
 * The perceptual mask of the video mark, per 8×8 block: the second difference of block means
 * across and down (so smooth gradients count as flat). Flat areas get a quarter of the
 * strength, edges and texture up to 1.25 times. The marker scales the mark by it; the detector
 * weighs what it reads by the same mask.
 */
const ACTIVITY_REF = 5;
const MASK_MIN = 0.25;
const MASK_MAX = 1.25;

/** mask = MASK_MIN + activity / ACTIVITY_REF, at most MASK_MAX, for block i of a bw × bh grid of block means. */
export function blockMask(means: Float64Array, bw: number, bh: number, i: number): number {
  const bx = i % bw, by = (i - bx) / bw;
  const c = means[i]!;
  const l = bx > 0 ? means[i - 1]! : c;
  const r = bx + 1 < bw ? means[i + 1]! : c;
  const u = by > 0 ? means[i - bw]! : c;
  const d = by + 1 < bh ? means[i + bw]! : c;
  const activity = (Math.abs(2 * c - l - r) + Math.abs(2 * c - u - d)) / 2;
  return Math.min(MASK_MAX, MASK_MIN + activity / ACTIVITY_REF);
}
