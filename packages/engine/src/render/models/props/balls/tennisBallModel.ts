/** A tennis ball: fuzzy yellow-green felt with the curving white seam. */
import { defineProp } from '../defineProp.ts';

export const tennisBallModel = defineProp('tennis-ball', ({ half, colour }) => {
  const d = 2 * half[0];
  return [{ shape: 'ellipsoid', position: [0, 0, 0], size: [d, d, d], colour, finish: 'matte', pattern: 'seams', patternColour: '#f4f4ee' }];
});
