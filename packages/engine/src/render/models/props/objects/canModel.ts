/** A drinks can: painted metal body with a contrasting printed band, silver rims, and a lid with a ring pull. */
import { contrastInk } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { bandedCylinder } from '../shapes.ts';

export const canModel = defineProp('can', ({ half, colour }) => {
  const [r, hh] = [half[0], half[1]];
  const h = 2 * hh;
  const silver = '#c8ccd0';
  const y = (f: number) => -hh + f * h;
  return [
    ...bandedCylinder(0, 0, 2 * r, [
      { from: -hh, to: y(0.05), colour: '#9aa0a6', finish: 'metal' },
      { from: y(0.05), to: y(0.4), colour, finish: 'metal' },
      { from: y(0.4), to: y(0.58), colour: contrastInk(colour, '#1b1b1b', '#f7f7f7'), finish: 'glossy' },
      { from: y(0.58), to: y(0.92), colour, finish: 'metal' },
    ]),
    { shape: 'cylinder', position: [0, y(0.96), 0], size: [2 * r * 0.9, h * 0.08, 2 * r * 0.9], colour: silver, finish: 'metal' },
    { shape: 'box', position: [0, hh - h * 0.004, r * 0.25], size: [r * 0.35, h * 0.008, r * 0.55], colour: '#aab0b6', finish: 'metal', layer: 2 },
  ];
});
