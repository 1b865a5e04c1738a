/** An egg: a smooth satin shell, taller than it is wide. */
import { defineProp } from '../defineProp.ts';

export const eggModel = defineProp('egg', ({ half, colour }) => {
  const r = half[0];
  return [{ shape: 'ellipsoid', position: [0, 0, 0], size: [2 * r * 0.76, 2 * r, 2 * r * 0.76], colour, finish: 'satin' }];
});
