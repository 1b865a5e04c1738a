/**
 * Cel shading: the share of direct light a surface gets (n·l, 0..1) quantised into a few
 * tones, then pulled towards one middle tone by `flatten`.
 */
import type { PartStyle } from './StyleParams.ts';

/** Below this n·l a surface is in the shadow tone. */
const TERMINATOR = 0.1;

export function celLight(ndl: number, bands: number, flatten: number): number {
  let q = ndl;
  if (bands >= 2) {
    if (ndl <= TERMINATOR) q = 0;
    else {
      const steps = bands - 1;
      const k = Math.min(steps, Math.floor(((ndl - TERMINATOR) / (1 - TERMINATOR)) * steps) + 1);
      q = k / steps;
    }
  }
  return flatten > 0 ? q + (0.62 - q) * flatten : q;
}

/** The sky fill's up-facing boost, flattened for cel styles. */
export function celHemisphere(hemi: number, style: PartStyle | undefined): number {
  if (!style || style.bands < 2) return hemi;
  return 0.87 + (hemi - 0.87) * (1 - Math.max(style.flatten, 0.7));
}
