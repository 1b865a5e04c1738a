/** Colour helpers for model palettes: parse, mix, lighten and darken '#rrggbb' colours. */

function parse(hex: string): [number, number, number] {
  let h = hex.trim().replace(/^#/, '');
  if (h.length === 3) h = h.split('').map((c) => c + c).join('');
  const n = Number.parseInt(h.slice(0, 6), 16);
  if (!Number.isFinite(n)) return [128, 128, 128];
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function format(rgb: readonly number[]): string {
  return '#' + rgb.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('');
}

/** Blend from a to b (t = 0 → a, 1 → b). */
export function mixColour(a: string, b: string, t: number): string {
  const x = parse(a);
  const y = parse(b);
  return format(x.map((v, i) => v + (y[i]! - v) * t));
}

/** Towards white by t (0..1). */
export const lighten = (c: string, t: number): string => mixColour(c, '#ffffff', t);
/** Towards black by t (0..1). */
export const darken = (c: string, t: number): string => mixColour(c, '#000000', t);

/** Perceived brightness 0..1. */
export function luminance(c: string): number {
  const [r, g, b] = parse(c);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
