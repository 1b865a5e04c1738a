/** A sitting teddy bear facing +Z: round head with ears, a pale snout and belly, stubby arms and legs. */
import type { Part } from '../../../model/Part.ts';
import { darken, lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotX, rotZ } from '../rotation.ts';

export const teddyBearModel = defineProp('teddy-bear', ({ colour }) => {
  const fur = { colour, finish: 'matte' as const };
  const pale = lighten(colour, 0.38);
  const eye = '#161210';
  const parts: Part[] = [
    // Body and belly.
    { shape: 'ellipsoid', position: [0, -0.065, -0.005], size: [0.2, 0.23, 0.16], ...fur },
    { shape: 'ellipsoid', position: [0, -0.075, 0.062], size: [0.1, 0.12, 0.03], colour: pale, finish: 'matte', layer: 1 },
    // Head, muzzle, nose, eyes.
    { shape: 'ellipsoid', position: [0, 0.1, 0.005], size: [0.17, 0.15, 0.14], ...fur },
    { shape: 'ellipsoid', position: [0, 0.08, 0.06], size: [0.075, 0.055, 0.05], colour: pale, finish: 'matte', layer: 1 },
    { shape: 'ellipsoid', position: [0, 0.093, 0.083], size: [0.026, 0.018, 0.014], colour: eye, finish: 'glossy', layer: 2 },
    { shape: 'ellipsoid', position: [-0.036, 0.125, 0.062], size: [0.017, 0.019, 0.012], colour: eye, finish: 'glossy', layer: 2 },
    { shape: 'ellipsoid', position: [0.036, 0.125, 0.062], size: [0.017, 0.019, 0.012], colour: eye, finish: 'glossy', layer: 2 },
  ];
  for (const s of [-1, 1]) {
    // Ears with pale insides.
    parts.push({ shape: 'ellipsoid', position: [s * 0.07, 0.168, -0.005], size: [0.058, 0.055, 0.032], ...fur });
    parts.push({ shape: 'ellipsoid', position: [s * 0.07, 0.165, 0.008], size: [0.032, 0.032, 0.012], colour: pale, finish: 'matte', layer: 1 });
    // Arms hang forward and out.
    parts.push({ shape: 'ellipsoid', position: [s * 0.105, -0.045, 0.025], size: [0.058, 0.13, 0.06], rotation: rotZ(s * 0.5), ...fur });
    // Legs stick out forward (it sits), with pale foot pads.
    parts.push({ shape: 'ellipsoid', position: [s * 0.06, -0.16, 0.035], size: [0.075, 0.075, 0.13], rotation: rotX(-0.1), ...fur });
    parts.push({ shape: 'ellipsoid', position: [s * 0.06, -0.158, 0.094], size: [0.055, 0.06, 0.012], colour: pale, finish: 'matte', layer: 1 });
    // Stitch line on the muzzle.
    parts.push({ shape: 'box', position: [s * 0.008, 0.072, 0.084], size: [0.014, 0.003, 0.003], rotation: rotZ(s * 0.5), colour: darken(colour, 0.7), finish: 'matte', layer: 2 });
  }
  return parts;
});
