/**
 * How scenery colours respond to the scene's light: a surface colour lit by the sky fill and
 * the sun for its facing, then faded into the haze with distance (atmospheric perspective).
 */
import type { Vec3 } from '../../../math/vec3.ts';
import { mixRgb, parseColour, type Rgb } from '../../lighting/colour.ts';
import type { Lighting } from '../../lighting/Lighting.ts';

export interface SceneLight {
  ambient: Rgb;
  sun: Rgb;
  sunDirection: Vec3;
  /** The colour distant things fade into. */
  haze: Rgb;
  /** Metres at which about 63 % of a colour has faded into the haze. */
  visibility: number;
  lighting: Lighting;
}

export function sceneLightOf(lighting: Lighting): SceneLight {
  const amb = parseColour(lighting.ambientColour);
  const sun = parseColour(lighting.sunColour);
  const ai = lighting.ambientIntensity;
  const si = lighting.sunIntensity;
  const fog = Math.max(0, Math.min(1, lighting.fogDensity));
  const haze = mixRgb(parseColour(lighting.skyHorizon), parseColour(lighting.fogColour), Math.min(1, fog * 1.5));
  return {
    ambient: [(amb[0] * ai) / 255, (amb[1] * ai) / 255, (amb[2] * ai) / 255],
    sun: [(sun[0] * si) / 255, (sun[1] * si) / 255, (sun[2] * si) / 255],
    sunDirection: lighting.sunDirection,
    haze,
    visibility: 9000 * (1 - fog) ** 3 + 45,
    lighting,
  };
}

/**
 * A surface colour under the scene's light. `normal` is the surface facing; `wrap` softens the
 * terminator (0 = hard Lambert, 1 = light wraps all the way round), for stylised soft shading.
 */
export function litRgb(light: SceneLight, albedo: Rgb, normal: Vec3, wrap = 0.35): Rgb {
  const d = normal[0] * light.sunDirection[0] + normal[1] * light.sunDirection[1] + normal[2] * light.sunDirection[2];
  const diffuse = Math.max(0, (d + wrap) / (1 + wrap));
  const k = 0.78;
  return [
    albedo[0] * exposure(light.ambient[0] + light.sun[0] * diffuse * k),
    albedo[1] * exposure(light.ambient[1] + light.sun[1] * diffuse * k),
    albedo[2] * exposure(light.ambient[2] + light.sun[2] * diffuse * k),
  ];
}

/** A soft film-like response: lifts dim light, rolls off bright light (1 in, about 0.9 out). */
export function exposure(m: number): number {
  return (1.55 * m) / (1 + 0.7 * m);
}

export function litColour(light: SceneLight, albedo: string, normal: Vec3, wrap = 0.35): Rgb {
  return litRgb(light, parseColour(albedo), normal, wrap);
}

/** Fraction (0..1) of a colour lost to haze at a distance in metres. */
export function hazeAmount(light: SceneLight, distance: number): number {
  return 1 - Math.exp(-distance / light.visibility);
}

export function hazed(light: SceneLight, c: Rgb, distance: number, extra = 0): Rgb {
  return mixRgb(c, light.haze, Math.min(1, hazeAmount(light, distance) + extra));
}

export const UP: Vec3 = [0, 1, 0];
