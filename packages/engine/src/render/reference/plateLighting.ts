/**
 * Light matched to a plate: the key light comes from the brighter side of the picture, its
 * colour and the fill take the picture's mean colour, and the strength follows its brightness,
 * so objects moving over the image look lit by the same light.
 */
import { mixColour } from '../../colour/hexColour.ts';
import { normalize } from '../../math/vec3.ts';
import type { PreparedReference } from '../../reference/PreparedReference.ts';
import type { Lighting } from '../lighting/Lighting.ts';

export function plateLighting(base: Lighting, plate: PreparedReference): Lighting {
  const b = plate.brightness;
  return {
    ...base,
    sunDirection: normalize([plate.lightSide * 0.8, 0.75, 0.45]),
    sunColour: mixColour('#fff4e6', plate.meanColour, 0.3),
    sunIntensity: 0.55 + 0.7 * b,
    ambientColour: mixColour('#d8dde6', plate.meanColour, 0.55),
    ambientIntensity: 0.3 + 0.45 * b,
    fogDensity: 0,
    shadowStrength: 0.35 + 0.4 * Math.min(1, Math.abs(plate.lightSide) + b * 0.5),
  };
}
