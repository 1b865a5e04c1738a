/** A three-seat sofa facing +Z: plinth on short feet, three seat and back cushions, rolled arms. */
import type { Part } from '../../../model/Part.ts';
import { darken, lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotX } from '../rotation.ts';
import { finishFor } from '../surfaceFor.ts';

export const sofaModel = defineProp('sofa', ({ colour, entity }) => {
  const finish = finishFor(entity.material);
  const fabric = { colour, finish };
  const cushion = { colour: lighten(colour, 0.08), finish, pattern: 'seams' as const, patternColour: darken(colour, 0.25) };
  const parts: Part[] = [
    // Plinth.
    { shape: 'box', position: [0, -0.27, 0.02], size: [1.64, 0.2, 0.86], ...fabric },
    // Back.
    { shape: 'box', position: [0, 0.04, -0.33], size: [1.64, 0.52, 0.24], ...fabric },
    { shape: 'cylinder', position: [0, 0.3, -0.33], size: [0.24, 1.64, 0.24], rotation: [0, 0, Math.SQRT1_2, Math.SQRT1_2], ...fabric },
  ];
  // Feet.
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
    parts.push({ shape: 'box', position: [sx * 0.92, -0.4, sz * 0.38], size: [0.08, 0.05, 0.08], colour: '#3b2a1e', finish: 'satin' });
  }
  // Arms: a block with a rolled top running front to back.
  for (const s of [-1, 1]) {
    parts.push({ shape: 'box', position: [s * 0.9, -0.16, 0], size: [0.2, 0.42, 0.9], ...fabric });
    parts.push({ shape: 'cylinder', position: [s * 0.9, 0.05, 0], size: [0.2, 0.9, 0.2], rotation: rotX(Math.PI / 2), ...fabric, layer: 1 });
  }
  // Seat and back cushions.
  for (const x of [-0.53, 0, 0.53]) {
    parts.push({ shape: 'box', position: [x, -0.1, 0.07], size: [0.52, 0.14, 0.64], ...cushion, layer: 1 });
    parts.push({ shape: 'box', position: [x, 0.12, -0.17], size: [0.5, 0.4, 0.12], rotation: rotX(-0.1), ...cushion, layer: 1 });
  }
  return parts;
});
