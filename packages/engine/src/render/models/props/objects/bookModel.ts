/** A closed hardback book lying flat: covers and spine in the user's colour, a cream page block, a title band. */
import { contrastInk, darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';

export const bookModel = defineProp('book', ({ half, colour }) => {
  const [hx, hy, hz] = half;
  const t = hy * 0.12; // board thickness
  const cover = { colour, finish: 'satin' as const };
  return [
    { shape: 'box', position: [hx * 0.02, 0, 0], size: [2 * hx * 0.96, 2 * hy - 2 * t, 2 * hz * 0.96], colour: '#f3ecd8', finish: 'matte', pattern: 'stripes', patternColour: '#d9cfb4' },
    { shape: 'box', position: [0, hy - t / 2, 0], size: [2 * hx, t, 2 * hz], ...cover, layer: 1 },
    { shape: 'box', position: [0, -hy + t / 2, 0], size: [2 * hx, t, 2 * hz], ...cover, layer: 1 },
    { shape: 'box', position: [-hx + t / 2, 0, 0], size: [t, 2 * hy, 2 * hz], colour: darken(colour, 0.12), finish: 'satin', layer: 1 },
    { shape: 'box', position: [hx * 0.05, hy - t * 0.45, -hz * 0.35], size: [hx * 1.1, t, hz * 0.22], colour: contrastInk(colour, '#2b2b2b', '#e9d8a6'), finish: 'satin', layer: 2 },
  ];
});
