/** A glass marble with a coloured cat's-eye twist inside. */
import { lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotX, rotZ, then } from '../rotation.ts';

export const marbleModel = defineProp('marble', ({ half, colour }) => {
  const r = half[0];
  return [
    { shape: 'ellipsoid', position: [0, 0, 0], size: [r * 1.3, r * 0.3, r * 1.3], rotation: then(rotX(0.5), rotZ(0.4)), colour, finish: 'glossy', layer: -1 },
    { shape: 'ellipsoid', position: [0, 0, 0], size: [2 * r, 2 * r, 2 * r], colour: lighten(colour, 0.55), finish: 'glass' },
  ];
});
