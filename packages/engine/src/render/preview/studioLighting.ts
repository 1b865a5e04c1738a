/** The light of the model preview studio: a soft key from upper left front and a cool fill. */
import { normalize } from '../../math/vec3.ts';
import type { Lighting } from '../lighting/Lighting.ts';

export const STUDIO_LIGHTING: Lighting = {
  sunDirection: normalize([-0.5, 0.78, 0.55]),
  sunColour: '#fff4e6',
  sunIntensity: 1.1,
  ambientColour: '#c6d2e2',
  ambientIntensity: 0.55,
  skyTop: '#eef1f5',
  skyHorizon: '#c9cdd4',
  fogColour: '#d7dade',
  fogDensity: 0,
  shadowStrength: 0.6,
  indoor: true,
  lightSource: 'lamp',
};

/** A second, warm, low light from the right: goldens render every shape under both. */
export const LOW_WARM_LIGHTING: Lighting = {
  sunDirection: normalize([0.8, 0.35, 0.2]),
  sunColour: '#ffb070',
  sunIntensity: 0.95,
  ambientColour: '#8a8fc0',
  ambientIntensity: 0.4,
  skyTop: '#38406e',
  skyHorizon: '#e0a27a',
  fogColour: '#c89a86',
  fogDensity: 0,
  shadowStrength: 0.55,
  lightSource: 'sun',
};
