/**
 * Small colour helpers for models: the user's colour is the main colour of an object, and
 * its accents (a darker trim, a lighter highlight, a contrasting label) are derived from it.
 */

export type Rgb = readonly [number, number, number];

/** "#rrggbb" → [r, g, b] in 0..255. Falls back to mid grey for anything unreadable. */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!m) return [128, 128, 128];
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex(rgb: Rgb): string {
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${c(rgb[0])}${c(rgb[1])}${c(rgb[2])}`;
}

/** Linear blend of two colours: t = 0 gives a, t = 1 gives b. */
export function mixColour(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

/** Towards black by `amount` (0..1). */
export const darken = (colour: string, amount: number): string => mixColour(colour, '#000000', amount);

/** Towards white by `amount` (0..1). */
export const lighten = (colour: string, amount: number): string => mixColour(colour, '#ffffff', amount);

/** Relative luminance 0 (black) .. 1 (white), sRGB weights without gamma (good enough for picking contrasts). */
export function luminance(colour: string): number {
  const [r, g, b] = parseHex(colour);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** A dark ink on light colours and a light one on dark colours: pips, text bands, seams. */
export function contrastInk(colour: string, dark = '#1b1b1b', light = '#f4f4f4'): string {
  return luminance(colour) > 0.5 ? dark : light;
}

/** An accent that stays visible on the colour: darker when the colour is light, lighter when it is dark. */
export function accentOf(colour: string, amount = 0.35): string {
  return luminance(colour) > 0.45 ? darken(colour, amount) : lighten(colour, amount);
}
