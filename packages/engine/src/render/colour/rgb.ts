/**
 * Colour maths for shading. Colours arrive as CSS strings ("#rrggbb", "#rgb", "rgb(r,g,b)",
 * "rgba(r,g,b,a)"); lighting happens in linear light so that soft shading falls off the way
 * real surfaces do, then goes back to sRGB for drawing.
 */
export type Rgb = [number, number, number];

const parsed = new Map<string, Rgb>();

/** sRGB 0..1 components of a CSS colour. Unknown strings give a neutral grey. */
export function parseColour(css: string): Rgb {
  const hit = parsed.get(css);
  if (hit) return hit;
  let rgb: Rgb = [0.5, 0.5, 0.5];
  const s = css.trim().toLowerCase();
  if (s[0] === '#') {
    if (s.length === 7 || s.length === 9) {
      rgb = [parseInt(s.slice(1, 3), 16) / 255, parseInt(s.slice(3, 5), 16) / 255, parseInt(s.slice(5, 7), 16) / 255];
    } else if (s.length === 4) {
      rgb = [parseInt(s[1]! + s[1]!, 16) / 255, parseInt(s[2]! + s[2]!, 16) / 255, parseInt(s[3]! + s[3]!, 16) / 255];
    }
  } else {
    const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(s);
    if (m) rgb = [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255];
  }
  if (rgb.some((c) => !Number.isFinite(c))) rgb = [0.5, 0.5, 0.5];
  if (parsed.size > 4096) parsed.clear();
  parsed.set(css, rgb);
  return rgb;
}

export const srgbToLinear = (c: number): number => Math.pow(Math.max(0, c), 2.2);
export const linearToSrgb = (c: number): number => Math.pow(Math.max(0, c), 1 / 2.2);

export function toLinear(rgb: Rgb): Rgb {
  return [srgbToLinear(rgb[0]), srgbToLinear(rgb[1]), srgbToLinear(rgb[2])];
}

/** Linear colour of a CSS string. */
export function linearColour(css: string): Rgb {
  return toLinear(parseColour(css));
}

/** Soft shoulder so bright highlights roll off instead of clipping flat. Linear in, linear out (0..1). */
export function toneMap(x: number): number {
  if (x <= 0.8) return Math.max(0, x);
  return 0.8 + 0.2 * (1 - Math.exp(-(x - 0.8) / 0.2));
}

/** Tone-mapped linear value → sRGB byte, precomputed on a square-root scale (fine steps in the
 * shadows, where the eye needs them): shading calls this a lot. */
const LUT_STEPS = 4096;
const LUT_MAX_SQRT = Math.SQRT2; // linear values up to 2
const TO_BYTE = (() => {
  const t = new Uint8Array(LUT_STEPS + 1);
  for (let i = 0; i <= LUT_STEPS; i++) {
    const u = (i / LUT_STEPS) * LUT_MAX_SQRT;
    t[i] = Math.round(linearToSrgb(toneMap(u * u)) * 255);
  }
  return t;
})();

/** sRGB byte (0..255) of a linear value, tone-mapped. */
export function linearToByte(v: number): number {
  if (!(v > 0)) return 0;
  const i = Math.round((Math.sqrt(v) / LUT_MAX_SQRT) * LUT_STEPS);
  return TO_BYTE[i > LUT_STEPS ? LUT_STEPS : i]!;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** CSS string of a linear colour (tone-mapped), with optional alpha. */
export function linearToCss(rgb: Rgb, alpha = 1): string {
  const r = linearToByte(rgb[0]);
  const g = linearToByte(rgb[1]);
  const b = linearToByte(rgb[2]);
  return alpha >= 1 ? '#' + HEX[r]! + HEX[g]! + HEX[b]! : `rgba(${r},${g},${b},${Math.max(0, alpha).toFixed(3)})`;
}

/** CSS string of an sRGB (0..1) colour. */
export function srgbToCss(rgb: Rgb, alpha = 1): string {
  const r = Math.round(Math.min(1, Math.max(0, rgb[0])) * 255);
  const g = Math.round(Math.min(1, Math.max(0, rgb[1])) * 255);
  const b = Math.round(Math.min(1, Math.max(0, rgb[2])) * 255);
  return alpha >= 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${Math.max(0, alpha).toFixed(3)})`;
}

export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export function scaleRgb(a: Rgb, s: number): Rgb {
  return [a[0] * s, a[1] * s, a[2] * s];
}

/** Perceived brightness (0..1) of an sRGB colour. */
export function luminance(rgb: Rgb): number {
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}
