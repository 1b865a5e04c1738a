/**
 * Everything the part shaders need about the light and the camera, prepared once per frame:
 * colours already in linear light, the sun direction normalised.
 */
import type { Canvas, CanvasGradient } from '@napi-rs/canvas';
import type { ViewBasis } from '../../math/projectPoint.ts';
import { normalize, type Vec3 } from '../../math/vec3.ts';
import { linearColour, mixRgb, type Rgb } from '../colour/rgb.ts';
import type { Lighting } from '../lighting/Lighting.ts';
import type { PaintBatch } from './PaintBatch.ts';
import type { PartStyle } from '../style/StyleParams.ts';

export interface ShadeEnv {
  basis: ViewBasis;
  lighting: Lighting;
  /** Unit vector towards the sun. */
  sun: Vec3;
  /** Sun colour × intensity, linear. */
  sunLight: Rgb;
  /** Sky fill colour × intensity, linear. */
  ambientLight: Rgb;
  /** What shiny surfaces reflect above and below their horizon, linear. */
  skyReflection: Rgb;
  groundReflection: Rgb;
  /** When set, parts are filled flat with this CSS colour (outline only): used for tinting what is under water. */
  flatFill?: string;
  /** When set, flat fills and thin lines are merged into batches (flush before other drawing). */
  batch?: PaintBatch;
  /** Colour distant things fade into (linear), and the metres at which ~63 % has faded. */
  haze: Rgb;
  visibility: number;
  /** How much of the part being drawn has faded into the haze (0..1, set per part). */
  hazeAmount: number;
  /** Gradients shared within the frame, by key. */
  gradients?: Map<string, CanvasGradient>;
  /** Reference images printed on textured quads (products), by name. */
  textures?: ReadonlyMap<string, Canvas>;
  /** The render style's shading (cel tones, outlines, cut-out shadows), in pixels of this frame; omitted = smooth. */
  style?: PartStyle;
}

export function createShadeEnv(basis: ViewBasis, lighting: Lighting): ShadeEnv {
  const sunColour = linearColour(lighting.sunColour);
  const ambColour = linearColour(lighting.ambientColour);
  const sky = linearColour(lighting.skyTop);
  const horizon = linearColour(lighting.skyHorizon);
  const fog = Math.max(0, Math.min(1, lighting.fogDensity));
  let sun = normalize(lighting.sunDirection);
  if (sun[0] === 0 && sun[1] === 0 && sun[2] === 0) sun = [0, 1, 0];
  return {
    basis,
    lighting,
    sun,
    sunLight: [sunColour[0] * lighting.sunIntensity, sunColour[1] * lighting.sunIntensity, sunColour[2] * lighting.sunIntensity],
    ambientLight: [ambColour[0] * lighting.ambientIntensity, ambColour[1] * lighting.ambientIntensity, ambColour[2] * lighting.ambientIntensity],
    skyReflection: [(sky[0] + horizon[0]) / 2, (sky[1] + horizon[1]) / 2, (sky[2] + horizon[2]) / 2],
    groundReflection: [horizon[0] * 0.25, horizon[1] * 0.23, horizon[2] * 0.2],
    haze: mixRgb(linearColour(lighting.skyHorizon), linearColour(lighting.fogColour), Math.min(1, fog * 1.5)),
    // The same atmospheric perspective as the scenery behind (see background/geometry/shading.ts).
    visibility: 9000 * (1 - fog) ** 3 + 45,
    hazeAmount: 0,
    gradients: new Map(),
  };
}
