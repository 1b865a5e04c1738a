/** A domino tile: a slab with a dividing line and pips (three over five) on its face (+Z); the back is plain. */
import type { Part } from '../../../model/Part.ts';
import { contrastInk } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotX } from '../rotation.ts';
import { finishFor } from '../surfaceFor.ts';

export const dominoModel = defineProp('domino', ({ half, colour, entity }) => {
  const [hx, hy, hz] = half;
  const ink = contrastInk(colour, '#161616', '#f5f5f5');
  const finish = finishFor(entity.material) === 'satin' ? 'glossy' : finishFor(entity.material);
  const pip = Math.min(hx, hy) * 0.36;
  const parts: Part[] = [
    { shape: 'box', position: [0, 0, 0], size: [2 * hx, 2 * hy, 2 * hz], colour, finish },
  ];
  const dot = (x: number, y: number) => {
    parts.push({ shape: 'cylinder', position: [x * hx, y * hy, hz - hz * 0.08], size: [pip, hz * 0.16, pip], rotation: rotX(Math.PI / 2), colour: ink, finish: 'matte', layer: 1 });
  };
  parts.push({ shape: 'box', position: [0, 0, hz - hz * 0.05], size: [hx * 1.5, hy * 0.04, hz * 0.1], colour: ink, finish: 'matte', layer: 1 });
  // Top half: three on the diagonal; bottom half: five.
  for (const [x, y] of [[-0.5, 0.78], [0, 0.5], [0.5, 0.22]]) dot(x!, y!);
  for (const [x, y] of [[-0.5, -0.22], [0.5, -0.22], [0, -0.5], [-0.5, -0.78], [0.5, -0.78]]) dot(x!, y!);
  return parts;
});
