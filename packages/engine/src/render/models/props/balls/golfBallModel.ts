/** A golf ball: bright white with a dimpled surface. */
import { defineProp } from '../defineProp.ts';

export const golfBallModel = defineProp('golf-ball', ({ half, colour }) => {
  const d = half[0] * 2;
  return [{ shape: 'ellipsoid', position: [0, 0, 0], size: [d, d, d], colour, finish: 'glossy' }];
});
