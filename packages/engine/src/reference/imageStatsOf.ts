/** Mean colour, brightness and left/right light balance of the visible pixels of straight RGBA (every 4th pixel is enough). */
import { toHex } from '../colour/hexColour.ts';

export function imageStatsOf(rgba: Uint8Array, width: number, height: number): { meanColour: string; brightness: number; lightSide: number } {
  let r = 0, g = 0, b = 0, weight = 0, left = 0, leftWeight = 0, right = 0, rightWeight = 0;
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      const i = (y * width + x) * 4;
      const a = rgba[i + 3]! / 255;
      if (a === 0) continue;
      r += rgba[i]! * a;
      g += rgba[i + 1]! * a;
      b += rgba[i + 2]! * a;
      weight += a;
      const luma = (0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!) / 255;
      if (x < width / 2) {
        left += luma * a;
        leftWeight += a;
      } else {
        right += luma * a;
        rightWeight += a;
      }
    }
  }
  if (weight === 0) return { meanColour: '#808080', brightness: 0.5, lightSide: 0 };
  const mean = [r / weight, g / weight, b / weight] as const;
  const l = leftWeight > 0 ? left / leftWeight : 0;
  const rr = rightWeight > 0 ? right / rightWeight : 0;
  return {
    meanColour: toHex([mean[0], mean[1], mean[2]]),
    brightness: (0.2126 * mean[0] + 0.7152 * mean[1] + 0.0722 * mean[2]) / 255,
    lightSide: Math.max(-1, Math.min(1, (rr - l) / Math.max(0.05, (rr + l) / 2))),
  };
}
