/**
 * "#rrggbb" colours as the plan and the models write them: parse, write back, mix, lighten,
 * darken, and a rough brightness for picking contrasting accents. Shared by the director
 * ("dark red") and the model palettes.
 */
export type Rgb = readonly [number, number, number];

/** "#rrggbb" or "#rgb" → [r, g, b] in 0..255; mid grey for anything unreadable. */
export function parseHex(hex: string): Rgb {
  let h = hex.trim().replace(/^#/, '');
  if (/^[0-9a-fA-F]{3}$/.test(h)) h = h.split('').map((c) => c + c).join('');
  if (!/^[0-9a-fA-F]{6}$/.test(h)) return [128, 128, 128];
  const n = parseInt(h, 16);
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

/** Brightness 0 (black) .. 1 (white): sRGB luma weights without gamma, enough for picking contrasts. */
export function luminance(colour: string): number {
  const [r, g, b] = parseHex(colour);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
