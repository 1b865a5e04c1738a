/**
 * A blacksmith's anvil in profile (horn towards +X): a flared foot, a narrow waist, a flat
 * steel face with a heel at the back and a tapering horn at the front.
 */
import { lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotZ } from '../rotation.ts';
import { finishFor } from '../surfaceFor.ts';

export const anvilModel = defineProp('anvil', ({ colour, entity }) => {
  const finish = finishFor(entity.material);
  const iron = { colour, finish };
  return [
    // Foot: a wide slab with a narrower step on top.
    { shape: 'box', position: [-0.03, -0.125, 0], size: [0.32, 0.05, 0.2], ...iron },
    { shape: 'box', position: [-0.03, -0.088, 0], size: [0.25, 0.026, 0.15], ...iron },
    // Waist.
    { shape: 'box', position: [-0.03, -0.035, 0], size: [0.14, 0.085, 0.095], ...iron },
    // Body under the face, and the face itself (polished on top).
    { shape: 'box', position: [-0.04, 0.05, 0], size: [0.3, 0.09, 0.13], ...iron },
    { shape: 'box', position: [-0.04, 0.138, 0], size: [0.3, 0.024, 0.13], colour: lighten(colour, 0.25), finish: 'metal', layer: 1 },
    // Heel overhanging the back.
    { shape: 'box', position: [-0.215, 0.115, 0], size: [0.05, 0.07, 0.11], ...iron },
    // Step and horn pointing forward (+X).
    { shape: 'box', position: [0.135, 0.1, 0], size: [0.05, 0.06, 0.11], ...iron },
    { shape: 'cone', position: [0.2, 0.1, 0], size: [0.1, 0.1, 0.1], rotation: rotZ(-Math.PI / 2), ...iron },
  ];
});
