/** A traffic cone: orange cone with two white reflective bands on a square black-rimmed base. */
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';

export const trafficConeModel = defineProp('traffic-cone', ({ half, colour }) => {
  const [r, hh] = [half[0], half[1]];
  const h = 2 * hh;
  const base = r * Math.SQRT2 * 0.99; // a square base that fits inside the round collider
  const baseH = h * 0.05;
  const coneD = base * 0.92;
  const coneH = h - baseH;
  const slope = coneD / coneH; // diameter lost per metre of height
  const y0 = -hh + baseH;
  // A band is the same cone cut off lower down: a slightly fatter copy whose base starts at height a.
  const coneFrom = (a: number, c: string, layer: number) => ({
    shape: 'cone' as const,
    position: [0, y0 + a + (coneH - a) / 2, 0] as [number, number, number],
    size: [coneD - slope * a + layer * coneD * 0.012, coneH - a, coneD - slope * a + layer * coneD * 0.012] as [number, number, number],
    colour: c,
    finish: 'glossy' as const,
    layer,
  });
  return [
    { shape: 'box', position: [0, -hh + baseH / 2, 0], size: [base, baseH, base], colour: darken(colour, 0.55), finish: 'satin' },
    coneFrom(0, colour, 0),
    coneFrom(coneH * 0.3, '#f4f4f4', 1),
    coneFrom(coneH * 0.42, colour, 2),
    coneFrom(coneH * 0.56, '#f4f4f4', 3),
    coneFrom(coneH * 0.66, colour, 4),
  ];
});
