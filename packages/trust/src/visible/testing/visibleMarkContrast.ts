/**
 * For tests: is the visible mark in this decoded frame where it should be? Compares the mean
 * luma of the frame under the mark's white fill with that under its dark outline, at the
 * position the layout gives for time `t`. About 0 where there is no mark; well above 60 where
 * it is (white over the picture vs. dark over the picture).
 */
import { drawVisibleMark } from '../drawVisibleMark.ts';
import { HOLD_SECONDS, MOVE_SECONDS, markPosition, safeArea, seedOf, spotSequence } from '../markLayout.ts';

export function visibleMarkContrast(rgba: Uint8Array, width: number, height: number, opts: { videoId: string; handle?: string; t: number }): number {
  const mark = drawVisibleMark(width, height, opts.handle);
  const m = mark.canvas.getContext('2d').getImageData(0, 0, mark.width, mark.height).data;
  const sequence = spotSequence(seedOf(opts.videoId), Math.ceil(opts.t / (HOLD_SECONDS + MOVE_SECONDS)) + 3);
  const pos = markPosition(sequence, opts.t, safeArea(width, height), mark.width, mark.height);
  const x0 = Math.round(pos.x);
  const y0 = Math.round(pos.y);
  let fill = 0;
  let fillN = 0;
  let outline = 0;
  let outlineN = 0;
  for (let y = 0; y < mark.height; y++) {
    for (let x = 0; x < mark.width; x++) {
      const i = (y * mark.width + x) * 4;
      const a = m[i + 3]! / 255;
      if (a < 0.6) continue;
      const fx = x0 + x;
      const fy = y0 + y;
      if (fx < 0 || fy < 0 || fx >= width || fy >= height) continue;
      const j = (fy * width + fx) * 4;
      const luma = 0.2126 * rgba[j]! + 0.7152 * rgba[j + 1]! + 0.0722 * rgba[j + 2]!;
      const markLuma = (m[i]! + m[i + 1]! + m[i + 2]!) / 3 / a; // un-premultiplied brightness
      if (markLuma > 200) {
        fill += luma;
        fillN++;
      } else if (markLuma < 60) {
        outline += luma;
        outlineN++;
      }
    }
  }
  if (fillN < 20 || outlineN < 20) return 0;
  return fill / fillN - outline / outlineN;
}
