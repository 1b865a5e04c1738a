/**
 * Measurements for the lip-sync check: how open a mouth looks in rendered frames (dark
 * mouth-interior pixels in a screen box around the mouth), the speech loudness of rendered
 * audio per frame, and the Pearson correlation of two series.
 */
import type { StereoAudio } from '../../audio/StereoAudio.ts';

export interface ScreenBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A pixel dark and reddish enough to be the inside of a mouth. */
function isMouthInterior(rgba: Uint8Array, i: number): boolean {
  const r = rgba[i]!, g = rgba[i + 1]!, b = rgba[i + 2]!;
  return r < 120 && g < 60 && b < 70 && r > g * 1.3;
}

/** Pixels of mouth interior in the box. */
export function mouthInteriorPixels(rgba: Uint8Array, width: number, box: ScreenBox): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.ceil(box.y1); y++) {
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(width, Math.ceil(box.x1)); x++) {
      if (isMouthInterior(rgba, (y * width + x) * 4)) n++;
    }
  }
  return n;
}

/** How open the mouth is: the height (px) of the opening, rows in the box with at least `least` mouth-interior pixels. */
export function mouthOpeningHeight(rgba: Uint8Array, width: number, box: ScreenBox, least = 3): number {
  let rows = 0;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.ceil(box.y1); y++) {
    let n = 0;
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(width, Math.ceil(box.x1)); x++) {
      if (isMouthInterior(rgba, (y * width + x) * 4)) n++;
    }
    if (n >= least) rows++;
  }
  return rows;
}

/** RMS of both channels over one frame's time centred on each frame, one value per frame. */
export function rmsPerFrame(audio: StereoAudio, fps: number, frames: number): number[] {
  const per = audio.sampleRate / fps;
  const out: number[] = [];
  for (let f = 0; f < frames; f++) {
    const a = Math.max(0, Math.round((f - 0.5) * per));
    const b = Math.min(audio.left.length, Math.round((f + 0.5) * per));
    let sum = 0;
    for (let i = a; i < b; i++) sum += audio.left[i]! ** 2 + audio.right[i]! ** 2;
    out.push(b > a ? Math.sqrt(sum / (2 * (b - a))) : 0);
  }
  return out;
}

export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  const ma = a.slice(0, n).reduce((s, v) => s + v, 0) / n;
  const mb = b.slice(0, n).reduce((s, v) => s + v, 0) / n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma, db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}
