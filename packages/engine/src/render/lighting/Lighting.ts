/** The light of a scene: shared by backgrounds (sky) and the shading of models. */
import type { Vec3 } from '../../math/vec3.ts';

export interface Lighting {
  /** Unit vector pointing from the scene towards the sun (or moon at night). */
  sunDirection: Vec3;
  /** Direct light colour and strength (0..1.5). */
  sunColour: string;
  sunIntensity: number;
  /** Fill light from the sky, colour and strength (0..1). */
  ambientColour: string;
  ambientIntensity: number;
  /** Sky gradient from zenith to horizon. */
  skyTop: string;
  skyHorizon: string;
  /** Distance fog colour and density (0 = none), used for far ground and the horizon. */
  fogColour: string;
  fogDensity: number;
  /** Shadow darkness 0..1 (0 = no visible shadows, e.g. overcast or space-black). */
  shadowStrength: number;
}
