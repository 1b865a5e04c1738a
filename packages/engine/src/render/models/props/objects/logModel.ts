/**
 * A log (standing along Y, like its collider): ridged bark, a couple of knots, and pale cut
 * ends with growth rings.
 */
import type { Part } from '../../../model/Part.ts';
import { darken, lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotY } from '../rotation.ts';

export const logModel = defineProp('log', ({ half, colour, random }) => {
  const [r, hh] = [half[0], half[1]];
  const rnd = random();
  const wood = '#d9b27c';
  const cap = r * 0.02;
  const parts: Part[] = [
    { shape: 'cylinder', position: [0, 0, 0], size: [2 * r, 2 * hh - 2 * cap, 2 * r], colour, finish: 'matte', pattern: 'stripes', patternColour: darken(colour, 0.35) },
  ];
  for (const s of [-1, 1]) {
    const y = s * (hh - cap / 2);
    parts.push({ shape: 'cylinder', position: [0, y, 0], size: [2 * r * 0.9, cap, 2 * r * 0.9], colour: wood, finish: 'satin', layer: 1 });
    parts.push({ shape: 'cylinder', position: [0, y + s * cap * 0.1, 0], size: [2 * r * 0.62, cap * 0.8, 2 * r * 0.62], colour: darken(wood, 0.1), finish: 'satin', layer: 2 });
    parts.push({ shape: 'cylinder', position: [0, y + s * cap * 0.2, 0], size: [2 * r * 0.5, cap * 0.6, 2 * r * 0.5], colour: wood, finish: 'satin', layer: 3 });
    parts.push({ shape: 'cylinder', position: [0, y + s * cap * 0.3, 0], size: [2 * r * 0.22, cap * 0.4, 2 * r * 0.22], colour: darken(wood, 0.15), finish: 'satin', layer: 4 });
    parts.push({ shape: 'cylinder', position: [0, y + s * cap * 0.35, 0], size: [2 * r * 0.07, cap * 0.3, 2 * r * 0.07], colour: lighten(wood, 0.1), finish: 'satin', layer: 5 });
  }
  // Knots: dark bumps set into the bark at seeded places.
  for (let i = 0; i < 2; i++) {
    const a = rnd.range(0, Math.PI * 2);
    const y = rnd.range(-hh * 0.6, hh * 0.6);
    const k = r * rnd.range(0.22, 0.32);
    parts.push({
      shape: 'ellipsoid',
      position: [Math.cos(a) * r * 0.9, y, Math.sin(a) * r * 0.9],
      size: [k, k * 1.4, r * 0.2],
      rotation: rotY(Math.PI / 2 - a),
      colour: darken(colour, 0.45),
      finish: 'matte',
      layer: 1,
    });
  }
  return parts;
});
