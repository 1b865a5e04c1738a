/** A watermelon: an oval dark-green melon with pale stripes running end to end. */
import { lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotZ } from '../rotation.ts';

export const watermelonModel = defineProp('watermelon', ({ half, colour }) => {
  const r = half[0];
  // Modelled standing along Y (so the stripes run pole to pole), then laid along X, resting on the collider's floor.
  return [
    { shape: 'ellipsoid', position: [0, -r * 0.15, 0], size: [2 * r * 0.85, 2 * r * 0.93, 2 * r * 0.85], rotation: rotZ(Math.PI / 2), colour, finish: 'glossy', pattern: 'stripes', patternColour: lighten(colour, 0.35) },
    { shape: 'ellipsoid', position: [r * 0.9, -r * 0.15, 0], size: [r * 0.08, r * 0.12, r * 0.12], colour: '#7a8b3a', finish: 'matte', layer: 1 },
  ];
});
