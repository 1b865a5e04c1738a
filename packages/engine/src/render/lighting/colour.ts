/**
 * Small colour helpers for sky and scene palettes: parse "#rrggbb", mix, lighten and darken,
 * and write back as hex or rgba() strings for the canvas.
 */
export type Rgb = readonly [number, number, number];

export function parseColour(hex: string): Rgb {
  const h = hex.startsWith('#') ? hex.slice(1) : hex;
  const full = h.length === 3 ? h[0]! + h[0] + h[1] + h[1] + h[2] + h[2] : h;
  const n = Number.parseInt(full.slice(0, 6), 16);
  if (!Number.isFinite(n)) throw new Error(`not a colour: "${hex}"`);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const clamp255 = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
const hex2 = (v: number): string => clamp255(v).toString(16).padStart(2, '0');

export function toHex(c: Rgb): string {
  return `#${hex2(c[0])}${hex2(c[1])}${hex2(c[2])}`;
}

/** rgba() string; alpha is rounded to 3 decimals so equal inputs give equal strings. */
export function toRgba(c: Rgb, alpha = 1): string {
  const a = Math.max(0, Math.min(1, alpha));
  return `rgba(${clamp255(c[0])},${clamp255(c[1])},${clamp255(c[2])},${Math.round(a * 1000) / 1000})`;
}

/** Linear mix of two colours: t = 0 gives a, t = 1 gives b. */
export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export function mixColour(a: string, b: string, t: number): string {
  return toHex(mixRgb(parseColour(a), parseColour(b), t));
}

/** Multiply brightness (f < 1 darkens, f > 1 lightens towards saturation). */
export function scaleRgb(c: Rgb, f: number): Rgb {
  return [c[0] * f, c[1] * f, c[2] * f];
}

export function scaleColour(c: string, f: number): string {
  return toHex(scaleRgb(parseColour(c), f));
}

/** Component-wise product (a surface colour lit by a light colour), both 0..255. */
export function multiplyRgb(a: Rgb, b: Rgb): Rgb {
  return [(a[0] * b[0]) / 255, (a[1] * b[1]) / 255, (a[2] * b[2]) / 255];
}

/** Relative luminance 0..1 (sRGB weights, no gamma), for choosing contrasts. */
export function luminance(c: Rgb): number {
  return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;
}

/** Move towards grey of the same luminance: amount 1 = fully grey. */
export function desaturateRgb(c: Rgb, amount: number): Rgb {
  const l = luminance(c) * 255;
  return mixRgb(c, [l, l, l], amount);
}
