/** A basketball: pebbled orange rubber with black seams (two great circles and two curved ones). */
import { defineProp } from '../defineProp.ts';
import { circleOnSphere, seam } from '../sphereCurve.ts';

export const basketballModel = defineProp('basketball', ({ half, colour, scale }) => {
  const r = half[0];
  const ink = '#1f1410';
  const d = r * 0.05;
  return [
    { shape: 'ellipsoid', position: [0, 0, 0], size: [2 * r, 2 * r, 2 * r], colour, finish: 'satin' },
    ...seam(circleOnSphere([1, 0, 0]), r, d, ink, scale, 18),
    ...seam(circleOnSphere([0, 1, 0]), r, d, ink, scale, 18),
    ...seam(circleOnSphere([0, 0, 1], 0.62), r, d, ink, scale, 14),
    ...seam(circleOnSphere([0, 0, 1], -0.62), r, d, ink, scale, 14),
  ];
});
