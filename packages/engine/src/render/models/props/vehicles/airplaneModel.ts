/**
 * A light twin-engine aeroplane, nose towards +Z (the world turns fliers' +Z to their
 * heading), wings along X: fuselage with a tapering
 * tail, cockpit glazing and cabin windows, straight wings, two engine nacelles whose
 * propellers spin with time, a swept fin and tailplane, and tricycle landing gear.
 */
import type { Part } from '../../../model/Part.ts';
import { darken, lighten, luminance } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { turnParts, X_TO_Z } from '../fitParts.ts';
import { rotX, rotY, rotZ } from '../rotation.ts';
import { rod } from '../shapes.ts';
import { finishFor } from '../surfaceFor.ts';

export const airplaneModel = defineProp('airplane', ({ colour, entity, time }) => {
  const finish = finishFor(entity.material) === 'metal' ? 'glossy' : finishFor(entity.material);
  const accent = luminance(colour) > 0.6 ? '#1d4ed8' : lighten(colour, 0.75);
  const body = { colour, finish };
  const alongX = rotZ(-Math.PI / 2);
  const prop = time * Math.PI * 2 * 7.3;
  const parts: Part[] = [
    { shape: 'capsule', position: [0.27, 0.02, 0], size: [0.46, 2.36, 0.46], rotation: alongX, ...body },
    { shape: 'cone', position: [-1.2, 0.06, 0], size: [0.42, 0.62, 0.36], rotation: rotZ(Math.PI / 2), ...body },
    { shape: 'ellipsoid', position: [0.92, 0.16, 0], size: [0.5, 0.22, 0.3], colour: '#1f2a36', finish: 'glass', layer: 1 },
    // Wings and tail.
    { shape: 'box', position: [0.1, -0.06, 0], size: [0.56, 0.045, 2.98], ...body },
    { shape: 'box', position: [0.1, -0.06, 1.44], size: [0.56, 0.05, 0.1], colour: accent, finish, layer: 1 },
    { shape: 'box', position: [0.1, -0.06, -1.44], size: [0.56, 0.05, 0.1], colour: accent, finish, layer: 1 },
    { shape: 'box', position: [-1.3, 0.08, 0], size: [0.3, 0.03, 1.0], ...body },
    { shape: 'wedge', position: [-1.24, 0.28, 0], size: [0.045, 0.42, 0.52], rotation: rotY(Math.PI / 2), colour: accent, finish },
  ];
  // Cabin windows.
  for (let i = 0; i < 6; i++) {
    for (const s of [-1, 1]) {
      parts.push({ shape: 'ellipsoid', position: [0.55 - i * 0.2, 0.09, s * 0.215], size: [0.08, 0.07, 0.03], colour: '#1f2a36', finish: 'glass', layer: 2 });
    }
  }
  for (const s of [-1, 1]) {
    const z = s * 0.66;
    parts.push(
      { shape: 'cylinder', position: [0.26, -0.15, z], size: [0.18, 0.52, 0.18], rotation: alongX, ...body, layer: 1 },
      { shape: 'cone', position: [0.56, -0.15, z], size: [0.11, 0.1, 0.11], rotation: alongX, colour: darken(colour, 0.3), finish: 'metal', layer: 2 },
      { shape: 'cylinder', position: [0.535, -0.15, z], size: [0.4, 0.004, 0.4], rotation: alongX, colour: '#9aa3ad', finish: 'glass', layer: 2 },
    );
    for (const k of [0, Math.PI / 2]) {
      parts.push({ shape: 'box', position: [0.54, -0.15, z], size: [0.012, 0.36, 0.035], rotation: rotX(prop * s + k), colour: '#2b2d30', finish: 'satin', layer: 3 });
    }
    // Main gear under the nacelles.
    parts.push(rod([0.1, -0.2, z * 0.7], [0.05, -0.42, z * 0.7], 0.03, '#6c7178', 'metal'));
    parts.push({ shape: 'cylinder', position: [0.05, -0.42, z * 0.7], size: [0.16, 0.06, 0.16], rotation: rotX(Math.PI / 2), colour: '#1e1f22', finish: 'matte', layer: 1 });
  }
  parts.push(rod([1.05, -0.15, 0], [1.05, -0.43, 0], 0.03, '#6c7178', 'metal'));
  parts.push({ shape: 'cylinder', position: [1.05, -0.44, 0], size: [0.12, 0.05, 0.12], rotation: rotX(Math.PI / 2), colour: '#1e1f22', finish: 'matte', layer: 1 });
  // Designed nose-first along +X; turned so the nose leads along +Z like every flier.
  return turnParts(parts, X_TO_Z);
});
