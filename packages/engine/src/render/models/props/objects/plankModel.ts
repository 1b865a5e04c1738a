/** A sawn plank: a long flat board with grain and slightly darker end grain. */
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';

export const plankModel = defineProp('plank', ({ half, colour, surface }) => {
  const [hx, hy, hz] = half;
  const end = hx * 0.004;
  return [
    { shape: 'box', position: [0, 0, 0], size: [2 * hx - 2 * end, 2 * hy, 2 * hz], colour, ...surface },
    { shape: 'box', position: [hx - end / 2, 0, 0], size: [end, 2 * hy, 2 * hz], colour: darken(colour, 0.2), finish: 'matte' },
    { shape: 'box', position: [-hx + end / 2, 0, 0], size: [end, 2 * hy, 2 * hz], colour: darken(colour, 0.2), finish: 'matte' },
  ];
});
