/** A wooden dining chair facing +Z: seat, four legs, back posts with a top rail and three slats. */
import type { Part } from '../../../model/Part.ts';
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { surfaceFor } from '../surfaceFor.ts';

export const chairModel = defineProp('chair', ({ half, colour, entity }) => {
  const [hx, hy, hz] = half;
  const legColour = darken(colour, 0.15);
  const main = { colour, ...surfaceFor(entity.material, colour) };
  const legs = { colour: legColour, ...surfaceFor(entity.material, legColour) };
  const leg = hx * 0.09 * 2;
  const seatY = -hy + 2 * hy * 0.5;
  const seatT = hy * 0.09;
  const lx = hx - leg / 2;
  const lz = hz - leg / 2;
  const parts: Part[] = [
    { shape: 'box', position: [0, seatY, hz * 0.02], size: [2 * hx, seatT, 2 * hz * 0.98], ...main, layer: 1 },
  ];
  const legH = seatY - seatT / 2 + hy;
  for (const sx of [-1, 1]) {
    parts.push({ shape: 'box', position: [sx * lx, -hy + legH / 2, lz], size: [leg, legH, leg], ...legs });
    // Back legs rise to become the back posts.
    parts.push({ shape: 'box', position: [sx * lx, 0, -lz], size: [leg, 2 * hy, leg], ...legs });
    // Side stretchers.
    parts.push({ shape: 'box', position: [sx * lx, -hy + legH * 0.3, 0], size: [leg * 0.6, leg * 0.6, 2 * lz], ...legs });
  }
  parts.push({ shape: 'box', position: [0, hy - hy * 0.08, -lz], size: [2 * hx * 0.96, hy * 0.14, leg * 0.8], ...main, layer: 1 });
  for (const x of [-0.45, 0, 0.45]) {
    parts.push({ shape: 'box', position: [x * hx, (seatY + hy) / 2, -lz], size: [hx * 0.16, hy - seatY - hy * 0.1, leg * 0.5], ...main });
  }
  return parts;
});
