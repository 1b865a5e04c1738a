/** A feather lying flat along Z: a pale shaft (quill at the back) and two soft vanes. */
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotX, rotY } from '../rotation.ts';

export const featherModel = defineProp('feather', ({ half, colour }) => {
  const [hx, hy, hz] = half;
  const vane = { colour, finish: 'matte' as const, pattern: 'stripes' as const, patternColour: darken(colour, 0.12) };
  return [
    { shape: 'cylinder', position: [0, hy * 0.2, 0], size: [hy * 0.6, 2 * hz * 0.99, hy * 0.6], rotation: rotX(Math.PI / 2), colour: '#e9e2d0', finish: 'satin', layer: 1 },
    { shape: 'ellipsoid', position: [-hx * 0.45, 0, hz * 0.14], size: [hx * 0.95, hy * 1.2, 2 * hz * 0.82], rotation: rotY(0.05), ...vane },
    { shape: 'ellipsoid', position: [hx * 0.45, 0, hz * 0.14], size: [hx * 0.95, hy * 1.2, 2 * hz * 0.82], rotation: rotY(-0.05), ...vane },
    // Fluffy down near the quill.
    { shape: 'ellipsoid', position: [0, 0, -hz * 0.6], size: [hx * 1.4, hy * 1.4, hz * 0.3], colour: darken(colour, 0.04), finish: 'matte' },
  ];
});
