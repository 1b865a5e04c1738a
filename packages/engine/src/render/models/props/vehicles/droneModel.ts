/**
 * A quadcopter: a compact body with a camera, four diagonal arms with motors, and rotors that
 * spin with time (neighbouring rotors turn opposite ways), over a faint blur disc.
 */
import type { Part } from '../../../model/Part.ts';
import { lighten } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotY } from '../rotation.ts';
import { rod, roundedBox } from '../shapes.ts';
import { finishFor } from '../surfaceFor.ts';

export const droneModel = defineProp('drone', ({ colour, entity, time }) => {
  const finish = finishFor(entity.material);
  const arm = 0.17;
  const rotorY = 0.045;
  const parts: Part[] = [
    ...roundedBox([0, -0.005, 0], [0.15, 0.05, 0.2], 0.018, colour, finish),
    { shape: 'ellipsoid', position: [0, 0.018, -0.01], size: [0.11, 0.04, 0.15], colour: lighten(colour, 0.15), finish, layer: 1 },
    // Camera on a gimbal at the front (+Z).
    { shape: 'ellipsoid', position: [0, -0.03, 0.09], size: [0.05, 0.045, 0.045], colour: '#1b1c1f', finish: 'glossy', layer: 1 },
    { shape: 'ellipsoid', position: [0, -0.03, 0.111], size: [0.024, 0.024, 0.006], colour: '#3a5a80', finish: 'glass', layer: 2 },
  ];
  let k = 0;
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
    const x = sx * arm;
    const z = sz * arm;
    const dir = sx * sz;
    parts.push(
      rod([0, 0, 0], [x, 0.01, z], 0.018, colour, finish),
      { shape: 'cylinder', position: [x, 0.022, z], size: [0.034, 0.032, 0.034], colour: '#2b2d30', finish: 'metal', layer: 1 },
      { shape: 'cylinder', position: [x, rotorY, z], size: [0.15, 0.002, 0.15], colour: '#c8ccd2', finish: 'glass', layer: 1 },
      { shape: 'ellipsoid', position: [x * 0.98, 0.004, z * 0.98], size: [0.01, 0.01, 0.01], colour: sz > 0 ? '#52ff7a' : '#ff4040', finish: 'emissive', layer: 2 },
    );
    const a = dir * time * Math.PI * 2 * 5.3 + k;
    for (const b of [0, Math.PI]) {
      parts.push({ shape: 'box', position: [x + Math.cos(a + b) * 0.036, rotorY + 0.002, z - Math.sin(a + b) * 0.036], size: [0.072, 0.003, 0.014], rotation: rotY(a + b), colour: '#1d1e21', finish: 'satin', layer: 2 });
    }
    k += 1.1;
  }
  // Landing legs and skids.
  for (const s of [-1, 1]) {
    parts.push(rod([s * 0.04, -0.02, 0.05], [s * 0.06, -0.054, 0.05], 0.008, '#2b2d30'));
    parts.push(rod([s * 0.04, -0.02, -0.05], [s * 0.06, -0.054, -0.05], 0.008, '#2b2d30'));
    parts.push(rod([s * 0.06, -0.055, -0.09], [s * 0.06, -0.055, 0.09], 0.008, '#2b2d30'));
  }
  return parts;
});
