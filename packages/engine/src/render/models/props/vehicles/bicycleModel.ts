/**
 * A bicycle, front towards +X: spoked wheels that turn as it rolls, a diamond frame in the
 * user's colour, saddle, handlebar with grips, chainring, chain and pedals.
 */
import type { Vec3 } from '../../../../math/vec3.ts';
import type { Part } from '../../../model/Part.ts';
import { defineProp } from '../defineProp.ts';
import { rotX } from '../rotation.ts';
import { ring, rod } from '../shapes.ts';
import { finishFor } from '../surfaceFor.ts';
import { wheelSpin } from './wheelSpin.ts';

function bikeWheel(centre: Vec3, radius: number, spin: number): Part[] {
  const parts: Part[] = [
    ...ring(centre, radius - 0.02, 0.04, 'z', '#1c1c1e', 'matte', 22),
    ...ring(centre, radius - 0.05, 0.018, 'z', '#b8bec6', 'metal', 16),
    { shape: 'cylinder', position: centre, size: [0.05, 0.1, 0.05], rotation: rotX(Math.PI / 2), colour: '#8d9399', finish: 'metal', layer: 1 },
  ];
  for (let i = 0; i < 8; i++) {
    const a = spin + (i / 8) * Math.PI;
    const d: Vec3 = [Math.cos(a) * (radius - 0.055), Math.sin(a) * (radius - 0.055), 0];
    parts.push(rod([centre[0] - d[0], centre[1] - d[1], 0], [centre[0] + d[0], centre[1] + d[1], 0], 0.006, '#c4c9cf', 'metal'));
  }
  return parts;
}

export const bicycleModel = defineProp('bicycle', ({ colour, entity, pose, scale }) => {
  const finish = finishFor(entity.material) === 'metal' ? 'glossy' : finishFor(entity.material);
  const wheelR = 0.33;
  const spin = wheelSpin(pose, [1, 0, 0], wheelR * scale);
  const R: Vec3 = [-0.52, -0.17, 0];
  const F: Vec3 = [0.52, -0.17, 0];
  const B: Vec3 = [-0.04, -0.2, 0];
  const S: Vec3 = [-0.15, 0.16, 0];
  const H: Vec3 = [0.35, 0.17, 0];
  const Hb: Vec3 = [0.39, 0.05, 0];
  const tube = 0.036;
  const frame = (a: Vec3, b: Vec3, d = tube) => rod(a, b, d, colour, finish, 1);
  const crank = spin * 0.45;
  const pedal = (s: number): Vec3 => [B[0] + Math.cos(crank + (s > 0 ? 0 : Math.PI)) * 0.085, B[1] + Math.sin(crank + (s > 0 ? 0 : Math.PI)) * 0.085, s * 0.09];
  const parts: Part[] = [
    ...bikeWheel(R, wheelR, spin),
    ...bikeWheel(F, wheelR, spin),
    frame(B, S),
    frame(S, H),
    frame(B, Hb, tube * 1.15),
    frame(H, Hb, tube * 1.3),
    frame(Hb, [F[0], F[1], 0.03], tube * 0.8),
    frame(Hb, [F[0], F[1], -0.03], tube * 0.8),
    frame([B[0], B[1], 0.035], [R[0], R[1], 0.035], tube * 0.7),
    frame([B[0], B[1], -0.035], [R[0], R[1], -0.035], tube * 0.7),
    frame([S[0], S[1] - 0.02, 0.03], [R[0], R[1], 0.03], tube * 0.7),
    frame([S[0], S[1] - 0.02, -0.03], [R[0], R[1], -0.03], tube * 0.7),
    // Seat post and saddle.
    rod(S, [-0.17, 0.27, 0], 0.026, '#9aa0a6', 'metal'),
    { shape: 'ellipsoid', position: [-0.15, 0.29, 0], size: [0.25, 0.05, 0.11], colour: '#1f1f22', finish: 'satin', layer: 2 },
    // Stem, handlebar and grips.
    rod(H, [0.33, 0.31, 0], 0.028, '#9aa0a6', 'metal'),
    { shape: 'cylinder', position: [0.33, 0.31, 0], size: [0.024, 0.44, 0.024], rotation: rotX(Math.PI / 2), colour: '#9aa0a6', finish: 'metal', layer: 1 },
    { shape: 'cylinder', position: [0.33, 0.31, 0.19], size: [0.034, 0.1, 0.034], rotation: rotX(Math.PI / 2), colour: '#1f1f22', finish: 'matte', layer: 2 },
    { shape: 'cylinder', position: [0.33, 0.31, -0.19], size: [0.034, 0.1, 0.034], rotation: rotX(Math.PI / 2), colour: '#1f1f22', finish: 'matte', layer: 2 },
    // Drive train.
    { shape: 'cylinder', position: [B[0], B[1], 0.05], size: [0.18, 0.01, 0.18], rotation: rotX(Math.PI / 2), colour: '#aab0b6', finish: 'metal', layer: 2 },
    rod([B[0], B[1] + 0.088, 0.05], [R[0], R[1] + 0.04, 0.05], 0.008, '#55595e', 'metal', 2),
    rod([B[0], B[1] - 0.088, 0.05], [R[0], R[1] - 0.04, 0.05], 0.008, '#55595e', 'metal', 2),
  ];
  for (const s of [-1, 1]) {
    const p = pedal(s);
    parts.push(rod([B[0], B[1], s * 0.06], [p[0], p[1], s * 0.06], 0.02, '#6c7178', 'metal', 3));
    parts.push({ shape: 'box', position: [p[0], p[1], s * 0.1], size: [0.09, 0.02, 0.06], colour: '#26282b', finish: 'satin', layer: 3 });
  }
  return parts;
});
