/** A square pyramid in the user's colour and material (sandstone by default). */
import { defineProp } from '../defineProp.ts';

export const pyramidModel = defineProp('pyramid', ({ half, colour, surface }) => [
  { shape: 'pyramid', position: [0, 0, 0], size: [2 * half[0], 2 * half[1], 2 * half[2]], colour, ...surface },
]);
