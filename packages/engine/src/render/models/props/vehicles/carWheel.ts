/** A road wheel seen side-on: tyre, silver hubcap, five wheel nuts turned by the rolling angle. */
import type { Vec3 } from '../../../../math/vec3.ts';
import type { Part } from '../../../model/Part.ts';
import { rotX } from '../rotation.ts';

export function carWheel(centre: Vec3, radius: number, width: number, outward: 1 | -1, spin: number): Part[] {
  const axle = rotX(Math.PI / 2);
  const face = centre[2] + outward * (width / 2);
  const parts: Part[] = [
    { shape: 'cylinder', position: centre, size: [2 * radius, width, 2 * radius], rotation: axle, colour: '#1e1f22', finish: 'matte' },
    { shape: 'cylinder', position: [centre[0], centre[1], face - outward * 0.012], size: [2 * radius * 0.6, 0.024, 2 * radius * 0.6], rotation: axle, colour: '#c9ced4', finish: 'metal', layer: 1 },
    { shape: 'cylinder', position: [centre[0], centre[1], face - outward * 0.008], size: [2 * radius * 0.2, 0.016, 2 * radius * 0.2], rotation: axle, colour: '#7d838a', finish: 'metal', layer: 2 },
  ];
  for (let i = 0; i < 5; i++) {
    const a = spin + (i / 5) * Math.PI * 2;
    parts.push({
      shape: 'cylinder',
      position: [centre[0] + Math.cos(a) * radius * 0.32, centre[1] + Math.sin(a) * radius * 0.32, face - outward * 0.006],
      size: [radius * 0.1, 0.012, radius * 0.1],
      rotation: axle,
      colour: '#5c6168',
      finish: 'metal',
      layer: 3,
    });
  }
  return parts;
}
