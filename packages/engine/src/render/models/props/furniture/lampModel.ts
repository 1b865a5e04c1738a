/** A floor lamp: a heavy round base, a slim pole, and a drum shade in the user's colour with a warm glow under it. */
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';

export const lampModel = defineProp('lamp', ({ half, colour }) => {
  const [r, hh] = [half[0], half[1]];
  const h = 2 * hh;
  const metal = '#4a4e54';
  const shadeH = h * 0.2;
  const shadeY = hh - shadeH / 2;
  return [
    { shape: 'cylinder', position: [0, -hh + h * 0.012, 0], size: [2 * r * 0.9, h * 0.024, 2 * r * 0.9], colour: metal, finish: 'metal' },
    { shape: 'ellipsoid', position: [0, -hh + h * 0.024, 0], size: [2 * r * 0.5, h * 0.03, 2 * r * 0.5], colour: metal, finish: 'metal' },
    { shape: 'cylinder', position: [0, (-hh + shadeY) / 2, 0], size: [r * 0.14, shadeY + hh, r * 0.14], colour: metal, finish: 'metal' },
    { shape: 'ellipsoid', position: [0, shadeY - shadeH * 0.3, 0], size: [r * 0.5, r * 0.6, r * 0.5], colour: '#fff3c4', finish: 'emissive' },
    { shape: 'cylinder', position: [0, shadeY, 0], size: [2 * r, shadeH, 2 * r], colour, finish: 'matte', pattern: 'stripes', patternColour: darken(colour, 0.08), layer: 1 },
    { shape: 'cylinder', position: [0, shadeY - shadeH / 2 + 0.004, 0], size: [2 * r * 0.96, 0.008, 2 * r * 0.96], colour: '#fff1b8', finish: 'emissive', layer: 2 },
  ];
});
