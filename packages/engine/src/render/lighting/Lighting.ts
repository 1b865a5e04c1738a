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
  /** Fraction of the sky covered by cloud, 0..1 (optional: backgrounds derive it from the weather when absent). */
  cloudCover?: number;
  /** How visible the stars are, 0..1 (night, space, the Moon). */
  starVisibility?: number;
  /** How clearly the sun or moon disc shows through the sky, 0..1 (0 behind a cloud deck or indoors). */
  sunVisibility?: number;
  /** What `sunDirection` points at: the sun, the moon (night) or an indoor key light. */
  lightSource?: 'sun' | 'moon' | 'lamp';
  /** True for interiors (studio, rooms, bathroom): the sky is only seen through windows. */
  indoor?: boolean;
}
