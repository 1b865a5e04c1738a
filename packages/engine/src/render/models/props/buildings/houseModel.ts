/**
 * A detached house facing +Z: painted walls on a stone plinth, a gabled tiled roof with
 * overhanging eaves, a front door with a step, framed windows on every side and a chimney.
 */
import type { Part } from '../../../model/Part.ts';
import { darken, lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotX, rotY } from '../rotation.ts';
import { finishFor } from '../surfaceFor.ts';

export const houseModel = defineProp('house', ({ colour, entity }) => {
  const finish = finishFor(entity.material);
  const roof = '#8a3b2a';
  const frame = '#f4f1ea';
  const glass = '#9ec3dc';
  const eaveY = 0.5;
  const ridgeY = 2.32;
  const run = 2.8;
  const rise = ridgeY - eaveY;
  const angle = Math.atan2(rise, run);
  const slab = Math.hypot(run, rise);
  const parts: Part[] = [
    { shape: 'box', position: [0, -2.35, 0], size: [5.7, 0.3, 5.1], colour: '#8d8a85', finish: 'matte', pattern: 'panels', patternColour: '#6f6c68' },
    { shape: 'box', position: [0, -0.95, 0], size: [5.6, 2.9, 5.0], colour, finish },
    // Gable ends in the wall colour, under the roof.
    { shape: 'wedge', position: [0, (eaveY + ridgeY) / 2 - 0.05, 1.25], size: [5.6, rise, 2.5], colour, finish },
    { shape: 'wedge', position: [0, (eaveY + ridgeY) / 2 - 0.05, -1.25], size: [5.6, rise, 2.5], rotation: rotY(Math.PI), colour, finish },
    // Chimney (behind the ridge) with a cap.
    { shape: 'box', position: [1.6, 1.8, -0.9], size: [0.55, 1.3, 0.55], colour: '#9b5b45', finish: 'matte', pattern: 'panels', patternColour: '#7a4434' },
    { shape: 'box', position: [1.6, 2.44, -0.9], size: [0.68, 0.12, 0.68], colour: '#6d6a66', finish: 'matte', layer: 1 },
  ];
  for (const s of [-1, 1]) {
    parts.push({
      shape: 'box',
      position: [0, eaveY + rise / 2 + 0.05, s * (run / 2)],
      size: [6.0, 0.14, slab + 0.12],
      rotation: rotX(s * angle),
      colour: roof,
      finish: 'satin',
      pattern: 'stripes',
      patternColour: darken(roof, 0.25),
      layer: 1,
    });
  }
  parts.push({ shape: 'box', position: [0, ridgeY + 0.06, 0], size: [6.0, 0.12, 0.24], colour: darken(roof, 0.25), finish: 'satin', layer: 2 });
  // Front door with frame, knob and step.
  parts.push(
    { shape: 'box', position: [0.5, -1.45, 2.52], size: [1.1, 2.1, 0.06], colour: frame, finish: 'satin', layer: 1 },
    { shape: 'box', position: [0.5, -1.5, 2.55], size: [0.9, 1.95, 0.06], colour: '#5a3a26', finish: 'satin', pattern: 'panels', patternColour: darken('#5a3a26', 0.3), layer: 2 },
    { shape: 'ellipsoid', position: [0.85, -1.5, 2.6], size: [0.08, 0.08, 0.06], colour: '#d4af37', finish: 'metal', layer: 3 },
    { shape: 'box', position: [0.5, -2.42, 2.75], size: [1.4, 0.16, 0.5], colour: '#a9a59f', finish: 'matte', layer: 1 },
  );
  const window = (x: number, y: number, z: number, side: 'front' | 'back' | 'left' | 'right') => {
    const across = side === 'front' || side === 'back';
    const out = side === 'front' || side === 'right' ? 1 : -1;
    const at = (d: number) => (across ? [x, y, z + out * d] : [x + out * d, y, z]) as [number, number, number];
    const sz = (w: number, h: number, t: number) => (across ? [w, h, t] : [t, h, w]) as [number, number, number];
    parts.push(
      { shape: 'box', position: at(0.02), size: sz(1.15, 1.15, 0.06), colour: frame, finish: 'satin', layer: 1 },
      { shape: 'box', position: at(0.05), size: sz(0.95, 0.95, 0.04), colour: glass, finish: 'glass', layer: 2 },
      { shape: 'box', position: at(0.08), size: sz(0.07, 0.95, 0.03), colour: frame, finish: 'satin', layer: 3 },
      { shape: 'box', position: at(0.08), size: sz(0.95, 0.07, 0.03), colour: frame, finish: 'satin', layer: 3 },
      { shape: 'box', position: [at(0.1)[0], y - 0.62, at(0.1)[2]], size: sz(1.3, 0.08, 0.16), colour: lighten(frame, 0.1), finish: 'satin', layer: 3 },
    );
  };
  window(-1.6, -1.1, 2.5, 'front');
  window(2.1, -1.1, 2.5, 'front');
  window(-1.4, -1.1, -2.5, 'back');
  window(1.4, -1.1, -2.5, 'back');
  window(2.8, -1.1, 1.0, 'right');
  window(2.8, -1.1, -1.0, 'right');
  window(-2.8, -1.1, 1.0, 'left');
  window(-2.8, -1.1, -1.0, 'left');
  return parts;
});
