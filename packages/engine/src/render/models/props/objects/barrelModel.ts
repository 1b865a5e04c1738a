/** A wooden barrel: bulging staves held by dark iron hoops, with a lid on top. */
import type { Part } from '../../../model/Part.ts';
import { darken, lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';

export const barrelModel = defineProp('barrel', ({ half, colour, surface }) => {
  const [r, hh] = [half[0], half[1]];
  const h = 2 * hh;
  const staves = { finish: surface.finish ?? 'satin', pattern: 'seams' as const, patternColour: darken(colour, 0.3) };
  // Bulge profile: radius of each band, bottom to top.
  const bands = [0.86, 0.94, 0.98, 0.98, 0.94, 0.86];
  const bandH = h / bands.length;
  const parts: Part[] = bands.map((k, i) => ({
    shape: 'cylinder',
    position: [0, -hh + bandH * (i + 0.5), 0],
    size: [2 * r * k, bandH + 0.002, 2 * r * k],
    colour,
    ...staves,
  }));
  const iron = '#3a3a3c';
  for (const [y, k] of [[-hh + h * 0.1, 0.9], [-hh + h * 0.333, 1], [hh - h * 0.333, 1], [hh - h * 0.1, 0.9]] as const) {
    parts.push({ shape: 'cylinder', position: [0, y, 0], size: [2 * r * k, h * 0.045, 2 * r * k], colour: iron, finish: 'metal', layer: 1 });
  }
  parts.push({ shape: 'cylinder', position: [0, hh - h * 0.004, 0], size: [2 * r * 0.76, h * 0.008, 2 * r * 0.76], colour: lighten(colour, 0.08), finish: 'satin', pattern: 'wood-grain', patternColour: darken(colour, 0.25), layer: 2 });
  return parts;
});
