/**
 * A small motor boat, bow towards +X (its collider is longest along X): a hull in the user's
 * colour over a dark bottom, a pointed bow, a rub rail, a wooden deck, a cabin with windows
 * and a windscreen, and an outboard motor on the stern.
 */
import type { Vec3 } from '../../../../math/vec3.ts';
import type { Part } from '../../../model/Part.ts';
import { accentOf, darken, luminance } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { fromAxes, rotY } from '../rotation.ts';
import { rod } from '../shapes.ts';
import { finishFor } from '../surfaceFor.ts';

/** The two halves of a pointed bow: right-angled wedges standing on end, tips meeting at z = 0. */
function bow(x0: number, x1: number, y0: number, y1: number, beam: number, colour: string, part: Partial<Part>): Part[] {
  const len = x1 - x0;
  const h = y1 - y0;
  const starboard = fromAxes([0, 1, 0], [0, 0, 1], [1, 0, 0]);
  const port = fromAxes([0, -1, 0], [0, 0, -1], [1, 0, 0]);
  return [
    { shape: 'wedge', position: [x0 + len / 2, (y0 + y1) / 2, beam / 4], size: [h, beam / 2, len], rotation: starboard, colour, ...part },
    { shape: 'wedge', position: [x0 + len / 2, (y0 + y1) / 2, -beam / 4], size: [h, beam / 2, len], rotation: port, colour, ...part },
  ];
}

export const boatModel = defineProp('boat', ({ colour, entity }) => {
  const finish = finishFor(entity.material) === 'satin' ? 'glossy' : finishFor(entity.material);
  const stripe = accentOf(colour, 0.6);
  const deck = '#c89f6a';
  const deckSurface = { finish: 'satin' as const, pattern: 'wood-grain' as const, patternColour: darken(deck, 0.3) };
  const bowStart = 0.7;
  const railY = -0.02;
  const waterline = -0.22;
  const bottom = luminance(colour) > 0.5 ? '#1d3557' : '#8d1c1c';
  const parts: Part[] = [
    // Topsides in the user's colour over a dark bottom: stacked so no hidden face shows.
    { shape: 'box', position: [-0.3, (waterline + 0.05) / 2, 0], size: [2.0, 0.05 - waterline, 1.2], colour, finish },
    { shape: 'box', position: [-0.3, (-0.4 + waterline) / 2, 0], size: [2.0, waterline + 0.4, 1.2], colour: bottom, finish },
    ...bow(bowStart, 1.5, waterline, 0.05, 1.2, colour, { finish }),
    ...bow(bowStart, 1.5, -0.4, waterline, 1.2, bottom, { finish }),
    // Deck: planked, following the hull outline.
    { shape: 'box', position: [-0.3, 0.065, 0], size: [1.96, 0.03, 1.14], colour: deck, ...deckSurface, layer: 1 },
    ...bow(bowStart, 1.44, 0.05, 0.08, 1.14, deck, { ...deckSurface, layer: 1 }),
    // Rub rail round the hull, under the deck edge.
    { shape: 'box', position: [-0.3, railY, 0], size: [2.0, 0.05, 1.2], colour: stripe, finish: 'satin', layer: 1 },
    { shape: 'box', position: [-1.3, railY, 0], size: [0.01, 0.05, 1.2], colour: stripe, finish: 'satin', layer: 1 },
  ];
  for (const s of [-1, 1]) {
    parts.push(rod([bowStart, railY, s * 0.585], [1.49, railY, s * 0.004], 0.05, stripe, 'satin', 1));
  }
  // Cabin with a band of windows, a roof, and a raked windscreen.
  const cabin: Vec3 = [-0.25, 0.22, 0];
  parts.push(
    { shape: 'box', position: cabin, size: [0.8, 0.28, 0.78], colour, finish },
    { shape: 'box', position: [cabin[0], 0.25, 0], size: [0.7, 0.1, 0.8], colour: '#22303d', finish: 'glass', layer: 1 },
    { shape: 'wedge', position: [0.3, 0.22, 0], size: [0.78, 0.28, 0.3], rotation: rotY(Math.PI / 2), colour: '#22303d', finish: 'glass' },
    { shape: 'box', position: [-0.1, 0.38, 0], size: [1.12, 0.04, 0.84], colour: darken(colour, 0.05), finish, layer: 1 },
  );
  // Outboard motor on the transom.
  parts.push(
    { shape: 'box', position: [-1.4, 0.08, 0], size: [0.18, 0.22, 0.2], colour: '#2b2d30', finish: 'glossy' },
    { shape: 'box', position: [-1.42, -0.17, 0], size: [0.06, 0.3, 0.06], colour: '#3a3d42', finish: 'metal' },
    { shape: 'box', position: [-1.4, -0.33, 0], size: [0.12, 0.05, 0.05], colour: '#3a3d42', finish: 'metal' },
  );
  return parts;
});
