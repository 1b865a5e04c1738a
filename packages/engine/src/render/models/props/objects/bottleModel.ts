/** A glass bottle: body with a paper label and a red band, rounded shoulder, neck and a gold cap. */
import { defineProp } from '../defineProp.ts';
import { bandedCylinder } from '../shapes.ts';
import { finishFor } from '../surfaceFor.ts';

export const bottleModel = defineProp('bottle', ({ half, colour, entity }) => {
  const [r, hh] = [half[0], half[1]];
  const h = 2 * hh;
  const finish = finishFor(entity.material);
  const bodyTop = -hh + h * 0.62;
  const neckR = r * 0.38;
  const paper = '#f1e6c8';
  const y = (f: number) => -hh + f * h;
  return [
    ...bandedCylinder(0, 0, 2 * r * 0.98, [
      { from: -hh, to: y(0.14), colour, finish },
      { from: y(0.14), to: y(0.24), colour: paper, finish: 'matte' },
      { from: y(0.24), to: y(0.3), colour: '#9d0208', finish: 'matte' },
      { from: y(0.3), to: y(0.42), colour: paper, finish: 'matte' },
      { from: y(0.42), to: bodyTop, colour, finish },
    ]),
    { shape: 'ellipsoid', position: [0, bodyTop, 0], size: [2 * r * 0.98, h * 0.2, 2 * r * 0.98], colour, finish },
    { shape: 'cylinder', position: [0, bodyTop + h * 0.15, 0], size: [2 * neckR, h * 0.3, 2 * neckR], colour, finish },
    { shape: 'cylinder', position: [0, hh - h * 0.035, 0], size: [2 * neckR * 1.12, h * 0.07, 2 * neckR * 1.12], colour: '#c9a227', finish: 'metal', layer: 1 },
  ];
});
