/** A baseball: off-white leather, a seam in the tennis-ball curve and red V stitches along it. */
import { defineProp } from '../defineProp.ts';
import { seam, stitches, tennisSeamPoint } from '../sphereCurve.ts';

export const baseballModel = defineProp('baseball', ({ half, colour, scale }) => {
  const r = half[0];
  const curve = (t: number) => tennisSeamPoint(t, 0.3);
  return [
    { shape: 'ellipsoid', position: [0, 0, 0], size: [2 * r, 2 * r, 2 * r], colour, finish: 'satin' },
    ...seam(curve, r, r * 0.04, '#d8d2c4', scale, 22),
    ...stitches(curve, r, 20, r * 0.13, r * 0.045, '#c1121f', scale),
  ];
});
