/**
 * Points on the outside of a Part, in the model's frame: enough to check that a model stays
 * inside its collider (corners of boxes, rims of cylinders, a net over ellipsoids and caps).
 */
import { add, rotate, type Vec3 } from '../../../math/vec3.ts';
import type { Part } from '../../model/Part.ts';

function spherePoints(steps = 12): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i <= steps; i++) {
    const theta = (i / steps) * Math.PI;
    for (let j = 0; j < steps * 2; j++) {
      const phi = (j / (steps * 2)) * Math.PI * 2;
      out.push([Math.sin(theta) * Math.cos(phi), Math.cos(theta), Math.sin(theta) * Math.sin(phi)]);
    }
  }
  return out;
}

const UNIT_SPHERE = spherePoints();
const RIM = Array.from({ length: 24 }, (_, i) => [Math.cos((i / 24) * Math.PI * 2), Math.sin((i / 24) * Math.PI * 2)] as const);

/** Sample points in the part's own frame, before rotation and translation. */
function localPoints(p: Part): Vec3[] {
  const [x, y, z] = [p.size[0] / 2, p.size[1] / 2, p.size[2] / 2];
  switch (p.shape) {
    case 'ellipsoid':
      return UNIT_SPHERE.map(([a, b, c]) => [a * x, b * y, c * z]);
    case 'box':
    case 'quad': {
      const out: Vec3[] = [];
      for (const sx of [-1, 1]) for (const sy of [-1, 1]) for (const sz of [-1, 1]) out.push([sx * x, sy * y, sz * z]);
      return out;
    }
    case 'cylinder':
      return RIM.flatMap(([c, s]) => [[c * x, -y, s * z], [c * x, y, s * z]] as Vec3[]);
    case 'cone':
      return [...RIM.map(([c, s]) => [c * x, -y, s * z] as Vec3), [0, y, 0]];
    case 'pyramid':
      return [[-x, -y, -z], [x, -y, -z], [-x, -y, z], [x, -y, z], [0, y, 0]];
    case 'wedge':
      return [[-x, -y, -z], [x, -y, -z], [-x, -y, z], [x, -y, z], [-x, y, -z], [x, y, -z]];
    case 'capsule': {
      const r = Math.min(x, z);
      const mid = Math.max(0, y - r);
      return UNIT_SPHERE.map(([a, b, c]) => [a * x, b * r + (b >= 0 ? mid : -mid), c * z]);
    }
  }
}

export function partSamplePoints(p: Part): Vec3[] {
  const q = p.rotation;
  return localPoints(p).map((v) => add(p.position, q ? rotate(q, v) : v));
}
