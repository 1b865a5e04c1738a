/**
 * The colour of the sky at an elevation above the horizon: the lighting's horizon colour
 * rising into its zenith colour, with haze thickening towards the horizon in fog.
 */
import { mixRgb, parseColour, type Rgb } from '../../lighting/colour.ts';
import type { Lighting } from '../../lighting/Lighting.ts';

export function skyColourAt(lighting: Lighting, elevationDeg: number): Rgb {
  const top = parseColour(lighting.skyTop);
  const horizon = parseColour(lighting.skyHorizon);
  const e = Math.max(0, Math.min(90, elevationDeg));
  const t = Math.pow(e / 90, 0.55);
  let c = mixRgb(horizon, top, t);
  const fog = Math.max(0, Math.min(1, lighting.fogDensity));
  if (fog > 0) {
    const low = Math.exp(-e / (6 + 30 * fog));
    c = mixRgb(c, parseColour(lighting.fogColour), Math.min(1, fog * low * 0.9));
  }
  if (elevationDeg < 0) c = mixRgb(c, parseColour(lighting.fogColour), Math.min(0.5, -elevationDeg / 10));
  return c;
}

/** Elevations (degrees) at which the sky gradient gets a colour stop. */
export const SKY_STOPS_DEG = [-4, 0, 4, 10, 20, 36, 60, 90] as const;
