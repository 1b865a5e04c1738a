/** A plain upright cylinder in the user's colour and material. */
import { defineProp } from '../defineProp.ts';

export const cylinderModel = defineProp('cylinder', ({ half, colour, surface }) => [
  { shape: 'cylinder', position: [0, 0, 0], size: [2 * half[0], 2 * half[1], 2 * half[2]], colour, ...surface },
]);
