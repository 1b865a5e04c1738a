/** How much detail a part gets, from its size on screen. */
import type { PlacedPart } from './PlacedPart.ts';

/** How big a part shows on screen: its largest and its thinnest dimension, in pixels. */
export interface PartLod {
  px: number;
  thin: number;
}

export const FULL_DETAIL: PartLod = { px: Infinity, thin: Infinity };

export function partLod(placed: PlacedPart, pxPerMetre: number): PartLod {
  const s = placed.part.size;
  const a = Math.abs(s[0]), b = Math.abs(s[1]), c = Math.abs(s[2]);
  const max = Math.max(a, b, c);
  let thin = max;
  if (a > 0 && a < thin) thin = a;
  if (b > 0 && b < thin) thin = b;
  if (c > 0 && c < thin) thin = c;
  return { px: max * pxPerMetre, thin: thin * pxPerMetre };
}


/**
 * Screen-size thresholds (pixels) for detail. Flat: parts thinner than this get one flat colour
 * (gradients cost far more to rasterise than flat fills); patterns and highlights only appear
 * on parts at least this big. A mutable object so a benchmark can try other settings.
 */
export const DETAIL = {
  flatBelow: 7,
  patternAbove: 48,
  highlightAbove: 14,
};
