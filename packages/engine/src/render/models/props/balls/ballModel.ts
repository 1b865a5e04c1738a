/** A plain glossy rubber ball in the user's colour, with a faint band so its spin shows. */
import { defineProp } from '../defineProp.ts';
import { finishFor } from '../surfaceFor.ts';
import type { Finish } from '../../../model/Part.ts';

export const ballFinish = (material: string): Finish => {
  const f = finishFor(material);
  return f === 'satin' || f === 'matte' ? (material === 'rubber' || material === 'plastic' ? 'glossy' : f) : f;
};

export const ballModel = defineProp('ball', ({ half, colour, entity }) => {
  const r = half[0];
  const finish = ballFinish(entity.material);
  return [{ shape: 'ellipsoid', position: [0, 0, 0], size: [2 * r, 2 * r, 2 * r], colour, finish }];
});
