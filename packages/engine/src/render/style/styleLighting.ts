/** A style's light: key and fill scaled, shadows hardened, colours pulled towards neutral. */
import { mixColour } from '../../colour/hexColour.ts';
import type { Lighting } from '../lighting/Lighting.ts';
import type { StyleParams } from './StyleParams.ts';

const HEX = /^#[0-9a-fA-F]{6}$/;

function neutral(colour: string, amount: number): string {
  return amount > 0 && HEX.test(colour) ? mixColour(colour, '#ffffff', amount) : colour;
}

export function styleLighting(lighting: Lighting, style: StyleParams): Lighting {
  const l = style.light;
  if (l.key === 1 && l.fill === 1 && l.shadow === 0 && l.neutral === 0) return lighting;
  return {
    ...lighting,
    sunIntensity: lighting.sunIntensity * l.key,
    ambientIntensity: lighting.ambientIntensity * l.fill,
    shadowStrength: Math.max(lighting.shadowStrength, l.shadow),
    sunColour: neutral(lighting.sunColour, l.neutral),
    ambientColour: neutral(lighting.ambientColour, l.neutral),
  };
}
