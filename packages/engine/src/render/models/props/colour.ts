/**
 * Small colour helpers for models: the user's colour is the main colour of an object, and
 * its accents (a darker trim, a lighter highlight, a contrasting label) are derived from it.
 */

import { darken, lighten, luminance } from '../../../colour/hexColour.ts';

export { darken, lighten, luminance, mixColour, parseHex, toHex, type Rgb } from '../../../colour/hexColour.ts';

/** A dark ink on light colours and a light one on dark colours: pips, text bands, seams. */
export function contrastInk(colour: string, dark = '#1b1b1b', light = '#f4f4f4'): string {
  return luminance(colour) > 0.5 ? dark : light;
}

/** An accent that stays visible on the colour: darker when the colour is light, lighter when it is dark. */
export function accentOf(colour: string, amount = 0.35): string {
  return luminance(colour) > 0.45 ? darken(colour, amount) : lighten(colour, amount);
}
