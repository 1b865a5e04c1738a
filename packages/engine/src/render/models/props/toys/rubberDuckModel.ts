/**
 * A rubber duck, facing +X (its collider is longest along X, so the camera sees it in profile):
 * a plump body with a perky tail, a round head, an orange beak, black eyes and little wings.
 */
import type { Part } from '../../../model/Part.ts';
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotY, rotZ } from '../rotation.ts';
import { finishFor } from '../surfaceFor.ts';

export const rubberDuckModel = defineProp('rubber-duck', ({ colour, entity }) => {
  const finish = finishFor(entity.material) === 'satin' ? 'glossy' : finishFor(entity.material);
  const body = { colour, finish };
  const beak = '#f77f00';
  const parts: Part[] = [
    { shape: 'ellipsoid', position: [-0.006, -0.026, 0], size: [0.108, 0.058, 0.092], ...body },
    // Tail: a tilted point at the back.
    { shape: 'ellipsoid', position: [-0.043, -0.012, 0], size: [0.036, 0.022, 0.042], rotation: rotZ(-0.6), ...body },
    // Chest bulge under the head.
    { shape: 'ellipsoid', position: [0.024, -0.02, 0], size: [0.06, 0.05, 0.07], ...body },
    { shape: 'ellipsoid', position: [0.02, 0.024, 0], size: [0.056, 0.054, 0.054], ...body },
    // Beak: upper and lower halves.
    { shape: 'ellipsoid', position: [0.047, 0.018, 0], size: [0.026, 0.011, 0.026], colour: beak, finish: 'glossy', layer: 1 },
    { shape: 'ellipsoid', position: [0.044, 0.012, 0], size: [0.02, 0.007, 0.02], colour: darken(beak, 0.15), finish: 'glossy' },
  ];
  for (const s of [-1, 1]) {
    parts.push({ shape: 'ellipsoid', position: [0.033, 0.034, s * 0.018], size: [0.011, 0.013, 0.008], colour: '#ffffff', finish: 'glossy', layer: 2 });
    parts.push({ shape: 'ellipsoid', position: [0.035, 0.035, s * 0.021], size: [0.007, 0.009, 0.005], colour: '#111111', finish: 'glossy', layer: 3 });
    parts.push({ shape: 'ellipsoid', position: [-0.014, -0.016, s * 0.038], size: [0.046, 0.022, 0.012], rotation: rotY(s * 0.12), colour: darken(colour, 0.06), finish, layer: 1 });
  }
  return parts;
});
