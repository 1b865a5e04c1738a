/** A bucket: a pail with a rolled rim, a dark opening, a reinforcing ring and a wire bail handle. */
import type { Vec3 } from '../../../../math/vec3.ts';
import { darken, lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { polyline } from '../shapes.ts';
import { finishFor } from '../surfaceFor.ts';

export const bucketModel = defineProp('bucket', ({ half, colour, entity }) => {
  const [r, hh] = [half[0], half[1]];
  const h = 2 * hh;
  const finish = finishFor(entity.material);
  const bodyTop = hh - h * 0.22;
  const bodyH = bodyTop + hh;
  const rim = { shape: 'cylinder' as const, colour: lighten(colour, 0.15), finish };
  // The bail: half an ellipse from one side of the rim over the top to the other.
  const handle: Vec3[] = Array.from({ length: 11 }, (_, i) => {
    const a = (i / 10) * Math.PI;
    return [Math.cos(a) * r * 0.93, bodyTop - h * 0.06 + Math.sin(a) * (hh - bodyTop + h * 0.05), 0];
  });
  return [
    { shape: 'cylinder', position: [0, -hh + bodyH / 2, 0], size: [2 * r * 0.92, bodyH, 2 * r * 0.92], colour, finish, pattern: 'stripes', patternColour: darken(colour, 0.12) },
    { ...rim, position: [0, bodyTop - h * 0.015, 0], size: [2 * r * 0.97, h * 0.03, 2 * r * 0.97], layer: 1 },
    { shape: 'cylinder', position: [0, bodyTop - h * 0.002, 0], size: [2 * r * 0.86, h * 0.004, 2 * r * 0.86], colour: darken(colour, 0.6), finish: 'matte', layer: 2 },
    ...polyline(handle, r * 0.035, '#5c5f63', 'metal'),
  ];
});
