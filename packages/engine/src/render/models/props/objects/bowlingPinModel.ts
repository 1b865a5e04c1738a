/** A bowling pin: white glossy body with a round belly, slim neck with two red stripes, round head. */
import { defineProp } from '../defineProp.ts';
import { finishFor } from '../surfaceFor.ts';

export const bowlingPinModel = defineProp('bowling-pin', ({ half, colour, entity }) => {
  const [r, hh] = [half[0], half[1]];
  const h = 2 * hh;
  const finish = finishFor(entity.material) === 'satin' ? 'glossy' : finishFor(entity.material);
  const red = colour.toLowerCase() === '#c1121f' ? '#fafafa' : '#c1121f';
  const y = (f: number) => -hh + f * h; // height fraction from the floor
  return [
    { shape: 'cylinder', position: [0, y(0.02), 0], size: [2 * r * 0.42, h * 0.04, 2 * r * 0.42], colour, finish },
    { shape: 'ellipsoid', position: [0, y(0.31), 0], size: [2 * r, h * 0.58, 2 * r], colour, finish },
    { shape: 'ellipsoid', position: [0, y(0.62), 0], size: [2 * r * 0.42, h * 0.46, 2 * r * 0.42], colour, finish },
    { shape: 'ellipsoid', position: [0, y(0.885), 0], size: [2 * r * 0.52, h * 0.23, 2 * r * 0.52], colour, finish },
    { shape: 'cylinder', position: [0, y(0.64), 0], size: [2 * r * 0.44, h * 0.028, 2 * r * 0.44], colour: red, finish, layer: 1 },
    { shape: 'cylinder', position: [0, y(0.69), 0], size: [2 * r * 0.43, h * 0.028, 2 * r * 0.43], colour: red, finish, layer: 1 },
  ];
});
