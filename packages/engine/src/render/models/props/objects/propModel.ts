/**
 * The generic object, for things the engine has no model for ("a gadget", "a parcel"): a
 * box in the user's colour and material with panel seams and a pale label on its front (+Z).
 */
import { contrastInk, darken, mixColour } from '../colour.ts';
import { defineProp } from '../defineProp.ts';

export const propModel = defineProp('prop', ({ half, colour, surface }) => {
  const [hx, hy, hz] = half;
  const label = mixColour(colour, '#ffffff', 0.8);
  return [
    { shape: 'box', position: [0, 0, 0], size: [2 * hx, 2 * hy, 2 * hz], colour, finish: surface.finish ?? 'satin', pattern: 'seams', patternColour: darken(colour, 0.3) },
    { shape: 'box', position: [0, -hy * 0.05, hz - hz * 0.02], size: [hx * 1.2, hy * 0.9, hz * 0.04], colour: label, finish: 'matte', layer: 1 },
    { shape: 'box', position: [0, hy * 0.15, hz - hz * 0.01], size: [hx * 0.9, hy * 0.12, hz * 0.02], colour: contrastInk(label, darken(colour, 0.4)), finish: 'matte', layer: 2 },
    { shape: 'box', position: [-hx * 0.15, -hy * 0.15, hz - hz * 0.01], size: [hx * 0.6, hy * 0.06, hz * 0.02], colour: mixColour(label, colour, 0.6), finish: 'matte', layer: 2 },
    { shape: 'box', position: [-hx * 0.15, -hy * 0.32, hz - hz * 0.01], size: [hx * 0.6, hy * 0.06, hz * 0.02], colour: mixColour(label, colour, 0.6), finish: 'matte', layer: 2 },
  ];
});
