/** The colour things take on when seen through water, by kind of water and by the light. */
import { linearColour, linearToCss, type Rgb } from '../colour/rgb.ts';
import type { Lighting } from '../lighting/Lighting.ts';

const WATER: Readonly<Record<string, string>> = {
  ocean: '#17607e',
  lake: '#2a6a6c',
  pond: '#3b6a4c',
  pool: '#2aa3c6',
  bathtub: '#a8d8e2',
  river: '#3a7482',
};

export function waterBaseColour(kind: string): string {
  return WATER[kind] ?? WATER.lake!;
}

/** Lit water colour (CSS) with the given opacity. */
export function waterTint(kind: string, lighting: Lighting, alpha: number): string {
  const base = linearColour(waterBaseColour(kind));
  const sun = linearColour(lighting.sunColour);
  const amb = linearColour(lighting.ambientColour);
  const light: Rgb = [
    sun[0] * lighting.sunIntensity * 0.55 + amb[0] * lighting.ambientIntensity,
    sun[1] * lighting.sunIntensity * 0.55 + amb[1] * lighting.ambientIntensity,
    sun[2] * lighting.sunIntensity * 0.55 + amb[2] * lighting.ambientIntensity,
  ];
  return linearToCss([base[0] * light[0], base[1] * light[1], base[2] * light[2]], alpha);
}
