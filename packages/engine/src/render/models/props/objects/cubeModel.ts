/** A plain cube in the user's colour and material (a wooden toy block by default). */
import { defineProp } from '../defineProp.ts';

export const cubeModel = defineProp('cube', ({ half, colour, surface }) => [
  { shape: 'box', position: [0, 0, 0], size: [2 * half[0], 2 * half[1], 2 * half[2]], colour, ...surface },
]);
