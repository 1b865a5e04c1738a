/** An orange: a dimpled, slightly squat peel with a small green calyx on top. */
import { defineProp } from '../defineProp.ts';

export const orangeModel = defineProp('orange', ({ half, colour }) => {
  const r = half[0];
  return [
    { shape: 'ellipsoid', position: [0, -r * 0.06, 0], size: [2 * r, 2 * r * 0.94, 2 * r], colour, finish: 'satin' },
    { shape: 'ellipsoid', position: [0, r * 0.86, 0], size: [r * 0.28, r * 0.1, r * 0.28], colour: '#5b7f2a', finish: 'matte', layer: 1 },
  ];
});
