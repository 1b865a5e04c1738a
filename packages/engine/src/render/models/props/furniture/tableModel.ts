/** A table: a thick top over an apron frame on four square legs. */
import type { Part } from '../../../model/Part.ts';
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { surfaceFor } from '../surfaceFor.ts';

export const tableModel = defineProp('table', ({ half, colour, entity }) => {
  const [hx, hy, hz] = half;
  const top = { colour, ...surfaceFor(entity.material, colour) };
  const frameColour = darken(colour, 0.15);
  const frame = { colour: frameColour, ...surfaceFor(entity.material, frameColour) };
  const t = hy * 0.1;
  const leg = 0.065;
  const inset = 0.06;
  const lx = hx - inset - leg / 2;
  const lz = hz - inset - leg / 2;
  const legH = 2 * hy - t;
  const apronH = hy * 0.16;
  const apronY = hy - t - apronH / 2;
  const parts: Part[] = [{ shape: 'box', position: [0, hy - t / 2, 0], size: [2 * hx, t, 2 * hz], ...top, layer: 1 }];
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
    parts.push({ shape: 'box', position: [sx * lx, -hy + legH / 2, sz * lz], size: [leg, legH, leg], ...frame });
  }
  for (const s of [-1, 1]) {
    parts.push({ shape: 'box', position: [0, apronY, s * lz], size: [2 * lx, apronH, leg * 0.35], ...frame });
    parts.push({ shape: 'box', position: [s * lx, apronY, 0], size: [leg * 0.35, apronH, 2 * lz], ...frame });
  }
  return parts;
});
