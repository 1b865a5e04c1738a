/** A beach ball: segments from pole to pole alternating the user's colour and white, white caps at the poles. */
import { defineProp } from '../defineProp.ts';
import { surfacePatch } from './soccerBallModel.ts';

export const beachBallModel = defineProp('beach-ball', ({ half, colour }) => {
  const r = half[0];
  return [
    { shape: 'ellipsoid', position: [0, 0, 0], size: [2 * r, 2 * r, 2 * r], colour: '#fbfbf6', finish: 'glossy', pattern: 'stripes', patternColour: colour },
    { ...surfacePatch([0, 1, 0], r, r * 0.22, '#fbfbf6', 1), finish: 'glossy' },
    { ...surfacePatch([0, -1, 0], r, r * 0.22, '#fbfbf6', 1), finish: 'glossy' },
  ];
});
