/**
 * A rock: a squat, turned core that rests on the bottom of the collider, merged with a few
 * broad lumps that break its outline, in slightly varied greys. Shapes come from a generator
 * seeded by the entity id, so every rock differs but the same rock always looks the same.
 */
import { normalize, scale, type Vec3 } from '../../../../math/vec3.ts';
import type { Part } from '../../../model/Part.ts';
import { darken, lighten } from '../colour.ts';
import { behindLayer } from '../decalLayer.ts';
import { defineProp } from '../defineProp.ts';
import { rotX, rotY, rotZ, then } from '../rotation.ts';
import { finishFor } from '../surfaceFor.ts';

export const rockModel = defineProp('rock', ({ half, colour, entity, random, scale: toMetres }) => {
  const r = half[0];
  const rnd = random();
  const finish = finishFor(entity.material);
  const tint = (k: number) => (k > 0 ? lighten(colour, k) : darken(colour, -k));
  const coreH = rnd.range(1.35, 1.6) * r;
  const parts: Part[] = [
    {
      shape: 'ellipsoid',
      position: [0, -r + coreH / 2, 0],
      size: [rnd.range(1.75, 1.95) * r, coreH, rnd.range(1.6, 1.85) * r],
      rotation: rotY(rnd.range(0, Math.PI)),
      colour,
      finish,
      pattern: 'spots',
      patternColour: darken(colour, 0.1),
    },
  ];
  const lumps = rnd.int(3, 5);
  const start = rnd.range(0, Math.PI * 2);
  for (let i = 0; i < lumps; i++) {
    const a = start + (i / lumps) * Math.PI * 2 + rnd.range(-0.4, 0.4);
    const dir = normalize([Math.cos(a), rnd.range(-0.3, 0.8), Math.sin(a)]);
    const size: Vec3 = [rnd.range(1.1, 1.35) * r, rnd.range(0.8, 1.0) * r, rnd.range(1.0, 1.25) * r];
    const rotation = then(then(rotZ(rnd.range(-0.5, 0.5)), rotX(rnd.range(-0.4, 0.4))), rotY(rnd.range(0, Math.PI * 2)));
    // Push the lump out until its surface just reaches the collider.
    const reach = Math.max(...size) / 2;
    const dist = Math.max(0, rnd.range(0.9, 0.97) * r - reach);
    // Lumps paint behind the core: they only break its outline, so the rock reads as one stone.
    parts.push({ shape: 'ellipsoid', position: scale(dir, dist), size, rotation, colour: tint(rnd.range(-0.08, 0.04)), finish, layer: behindLayer(r * toMetres) });
  }
  return parts;
});
