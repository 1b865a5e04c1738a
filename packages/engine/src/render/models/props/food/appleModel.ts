/** An apple: a slightly squat glossy body with a dimple, a brown stem and a green leaf. */
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotX, rotZ, then } from '../rotation.ts';
import { rod } from '../shapes.ts';

export const appleModel = defineProp('apple', ({ half, colour }) => {
  const r = half[0];
  return [
    { shape: 'ellipsoid', position: [0, -r * 0.1, 0], size: [2 * r * 0.97, 2 * r * 0.9, 2 * r * 0.97], colour, finish: 'glossy' },
    { shape: 'ellipsoid', position: [0, r * 0.76, 0], size: [r * 0.5, r * 0.08, r * 0.5], colour: darken(colour, 0.35), finish: 'satin', layer: 1 },
    rod([0, r * 0.6, 0], [r * 0.1, r * 0.98, 0], r * 0.09, '#5a3a1e', 'matte', 2),
    { shape: 'ellipsoid', position: [r * 0.25, r * 0.8, 0], size: [r * 0.4, r * 0.06, r * 0.18], rotation: then(rotX(0.25), rotZ(0.35)), colour: '#4f8a2b', finish: 'satin', layer: 2 },
  ];
});
