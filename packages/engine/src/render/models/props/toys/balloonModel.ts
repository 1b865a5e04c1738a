/**
 * A party balloon: a glossy egg-shaped envelope, a little neck and knot, and a curl of string
 * that sways gently with time (all inside the round collider, so it never pokes into the floor).
 */
import type { Vec3 } from '../../../../math/vec3.ts';
import { hashString } from '../../../../random/createRandom.ts';
import { darken, lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { polyline } from '../shapes.ts';

export const balloonModel = defineProp('balloon', ({ half, colour, time, entity }) => {
  const r = half[0];
  const phase = (hashString(entity.id) % 628) / 100;
  const sway = Math.sin(time * 2.2 + phase) * 0.35;
  const top = r;
  const bodyH = r * 1.62;
  const bodyW = r * 1.5;
  const bodyY = top - bodyH / 2;
  const knotY = bodyY - bodyH / 2 - r * 0.06;
  const string: Vec3[] = Array.from({ length: 6 }, (_, i) => {
    const f = i / 5;
    const y = knotY - r * 0.05 + f * (-r * 0.97 - (knotY - r * 0.05));
    return [Math.sin(f * 3.2 + sway) * r * 0.12 * f + sway * f * r * 0.12, y, Math.cos(f * 2.5) * r * 0.06 * f];
  });
  return [
    { shape: 'ellipsoid', position: [0, bodyY, 0], size: [bodyW, bodyH, bodyW], colour, finish: 'glossy' },
    { shape: 'ellipsoid', position: [0, bodyY - bodyH * 0.46, 0], size: [bodyW * 0.2, bodyH * 0.12, bodyW * 0.2], colour, finish: 'glossy' },
    { shape: 'ellipsoid', position: [0, knotY, 0], size: [r * 0.16, r * 0.1, r * 0.16], colour: darken(colour, 0.2), finish: 'satin', layer: 1 },
    ...polyline(string, r * 0.02, lighten('#cccccc', 0.3), 'matte'),
  ];
});
