/** An open umbrella: a ribbed canopy with a tip, a slim shaft and a curved J handle. */
import type { Vec3 } from '../../../../math/vec3.ts';
import type { Part } from '../../../model/Part.ts';
import { darken, lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { polyline, rod } from '../shapes.ts';

export const umbrellaModel = defineProp('umbrella', ({ half, colour }) => {
  const [r, hh] = [half[0], half[1]];
  const canopyH = hh * 0.7;
  const canopyY = hh - hh * 0.08 - canopyH / 2;
  const shaftD = r * 0.035;
  const handleTop = -hh + hh * 0.3;
  const hook: Vec3[] = Array.from({ length: 7 }, (_, i) => {
    const a = (i / 6) * Math.PI;
    return [-r * 0.09 + Math.cos(a) * r * 0.09, -hh + r * 0.12 - Math.sin(a) * r * 0.08, 0];
  });
  const parts: Part[] = [
    { shape: 'cone', position: [0, canopyY, 0], size: [2 * r, canopyH, 2 * r], colour, finish: 'satin', pattern: 'seams', patternColour: darken(colour, 0.3) },
    { shape: 'cylinder', position: [0, hh - hh * 0.05, 0], size: [shaftD * 0.9, hh * 0.1, shaftD * 0.9], colour: '#2b2d30', finish: 'metal', layer: 1 },
    rod([0, canopyY - canopyH / 2, 0], [0, handleTop, 0], shaftD, '#8d9399', 'metal'),
    rod([0, handleTop, 0], [0, -hh + r * 0.12, 0], shaftD * 1.8, '#5b3a1e', 'glossy'),
    ...polyline(hook, shaftD * 1.8, '#5b3a1e', 'glossy'),
  ];
  // Rib tips at the canopy rim.
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * Math.PI * 2;
    parts.push({ shape: 'ellipsoid', position: [Math.cos(a) * r * 0.97, canopyY - canopyH / 2, Math.sin(a) * r * 0.97], size: [r * 0.04, r * 0.04, r * 0.04], colour: lighten('#2b2d30', 0.2), finish: 'metal', layer: 1 });
  }
  return parts;
});
