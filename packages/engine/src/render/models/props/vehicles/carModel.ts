/**
 * A small family car, front towards +X (its collider is longest along X): rounded body in the
 * user's colour, a tinted glasshouse under the roof, wheels with hubcaps that turn as it
 * rolls, headlights, tail lights, grille, bumpers and mirrors.
 */
import type { Part } from '../../../model/Part.ts';
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotY } from '../rotation.ts';
import { rod, roundedBox } from '../shapes.ts';
import { finishFor } from '../surfaceFor.ts';
import { carWheel } from './carWheel.ts';
import { wheelSpin } from './wheelSpin.ts';

export const carModel = defineProp('car', ({ colour, entity, pose, scale }) => {
  const paint = finishFor(entity.material) === 'metal' ? 'glossy' : finishFor(entity.material);
  const glass = '#22303d';
  const trim = '#2a2c30';
  const wheelR = 0.32;
  const spin = wheelSpin(pose, [1, 0, 0], wheelR * scale);
  const parts: Part[] = [
    ...roundedBox([0, -0.22, 0], [4.16, 0.56, 1.76], 0.16, colour, paint),
    // Glasshouse: tinted cabin, sloped windscreen and rear window, roof on top.
    { shape: 'box', position: [-0.3, 0.3, 0], size: [1.4, 0.5, 1.42], colour: glass, finish: 'glass' },
    { shape: 'wedge', position: [0.72, 0.3, 0], size: [1.42, 0.5, 0.64], rotation: rotY(Math.PI / 2), colour: glass, finish: 'glass' },
    { shape: 'wedge', position: [-1.2, 0.3, 0], size: [1.42, 0.5, 0.4], rotation: rotY(-Math.PI / 2), colour: glass, finish: 'glass' },
    { shape: 'box', position: [-0.3, 0.6, 0], size: [1.56, 0.1, 1.46], colour, finish: paint },
    { shape: 'box', position: [-0.3, 0.3, 0], size: [0.09, 0.5, 1.44], colour, finish: paint, layer: 1 },
    // Lights, grille, bumpers, mirrors, door handles.
    { shape: 'box', position: [2.07, -0.21, 0], size: [0.04, 0.16, 0.7], colour: trim, finish: 'satin', layer: 1 },
    { shape: 'box', position: [2.04, -0.42, 0], size: [0.12, 0.13, 1.72], colour: trim, finish: 'satin', layer: 1 },
    { shape: 'box', position: [-2.04, -0.42, 0], size: [0.12, 0.13, 1.72], colour: trim, finish: 'satin', layer: 1 },
  ];
  for (const s of [-1, 1] as const) {
    parts.push({ shape: 'ellipsoid', position: [2.04, -0.07, s * 0.62], size: [0.08, 0.13, 0.34], colour: '#fff7dc', finish: 'emissive', layer: 2 });
    parts.push({ shape: 'ellipsoid', position: [-2.05, -0.06, s * 0.64], size: [0.07, 0.12, 0.3], colour: '#d00000', finish: 'glossy', layer: 2 });
    parts.push({ shape: 'box', position: [0.42, 0.13, s * 0.8], size: [0.12, 0.09, 0.16], colour, finish: paint, layer: 2 });
    parts.push({ shape: 'box', position: [0.15, -0.0, s * 0.885], size: [0.14, 0.03, 0.01], colour: darken(colour, 0.4), finish: 'metal', layer: 2 });
    parts.push({ shape: 'box', position: [-0.75, -0.0, s * 0.885], size: [0.14, 0.03, 0.01], colour: darken(colour, 0.4), finish: 'metal', layer: 2 });
    // A-pillars along the windscreen edges.
    parts.push(rod([0.42, 0.55, s * 0.69], [1.02, 0.07, s * 0.69], 0.07, colour, paint, 1));
    for (const x of [-1.33, 1.33]) parts.push(...carWheel([x, -0.405, s * 0.79], wheelR, 0.22, s, spin));
  }
  return parts;
});
