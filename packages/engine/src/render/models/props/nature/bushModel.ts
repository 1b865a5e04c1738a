/** A bush: a mound of leafy clusters sitting on the ground, shaded darker underneath, seeded by id. */
import type { Part } from '../../../model/Part.ts';
import { darken, lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';

export const bushModel = defineProp('bush', ({ half, colour, random }) => {
  const r = half[0];
  const rnd = random();
  const parts: Part[] = [
    { shape: 'ellipsoid', position: [0, -r * 0.28, 0], size: [2 * r * 0.9, 2 * r * 0.72, 2 * r * 0.9], colour: darken(colour, 0.18), finish: 'matte', pattern: 'spots', patternColour: darken(colour, 0.35) },
  ];
  const n = rnd.int(6, 8);
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2 + rnd.range(-0.25, 0.25);
    const lat = rnd.range(-0.5, 0.05);
    const cr = r * rnd.range(0.38, 0.48);
    const dist = r * 0.98 - cr;
    parts.push({ shape: 'ellipsoid', position: [Math.cos(a) * Math.cos(lat) * dist, Math.sin(lat) * dist, Math.sin(a) * Math.cos(lat) * dist], size: [2 * cr, 2 * cr * 0.9, 2 * cr], colour: i % 2 ? colour : darken(colour, rnd.range(0.03, 0.1)), finish: 'matte', pattern: 'spots', patternColour: lighten(colour, 0.15) });
  }
  const tops = rnd.int(2, 3);
  for (let i = 0; i < tops; i++) {
    const a = rnd.range(0, Math.PI * 2);
    const cr = r * rnd.range(0.4, 0.48);
    const dist = r * rnd.range(0.05, 0.25);
    parts.push({ shape: 'ellipsoid', position: [Math.cos(a) * dist, r * 0.22, Math.sin(a) * dist], size: [2 * cr, 2 * cr * 0.85, 2 * cr], colour: lighten(colour, rnd.range(0.04, 0.12)), finish: 'matte', pattern: 'spots', patternColour: lighten(colour, 0.25) });
  }
  return parts;
});
