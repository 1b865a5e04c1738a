/**
 * Geometry of the simulated collider shapes: scaling, volume, bounding sizes and the areas
 * air and water push on. Capsule and cylinder heights are the full height (a 1.75 m person
 * is 1.75 m from sole to crown), matching how the models are drawn.
 */
import { boundingRadiusOf, colliderHalfExtents, colliderVolume, scaleCollider } from '../../ontology/colliderGeometry.ts';
import type { Quat, Vec3 } from '../../math/vec3.ts';
import type { ColliderSpec } from '../../ontology/ontology.ts';
import { rotationMatrix } from '../math/rotations.ts';

export { boundingRadiusOf, colliderVolume, scaleCollider };

/** Half extents in the collider's own axes (the axis-aligned box around it). */
export const localHalfExtents = colliderHalfExtents;

/** Half extents of the world-axis-aligned box around the collider turned by `q`. */
export function worldHalfExtents(spec: ColliderSpec, q: Quat): Vec3 {
  const h = localHalfExtents(spec);
  if (spec.shape === 'ball') return h;
  const m = rotationMatrix(q);
  if (spec.shape === 'box') {
    return [0, 1, 2].map((i) => Math.abs(m[i][0]) * h[0] + Math.abs(m[i][1]) * h[1] + Math.abs(m[i][2]) * h[2]) as unknown as Vec3;
  }
  // Round shapes: the axis half-length along the turned axis plus the radius across it.
  const r = spec.radius;
  const axisHalf = spec.shape === 'capsule' ? spec.height / 2 - r : spec.height / 2;
  return [0, 1, 2].map((i) => {
    const a = Math.abs(m[i][1]);
    const across = spec.shape === 'capsule' ? r : r * Math.sqrt(Math.max(0, 1 - a * a));
    return a * axisHalf + across;
  }) as unknown as Vec3;
}

/** Total surface area (m²). */
export function surfaceArea(spec: ColliderSpec): number {
  switch (spec.shape) {
    case 'ball': return 4 * Math.PI * spec.radius ** 2;
    case 'box': {
      const [x, y, z] = spec.size;
      return 2 * (x * y + y * z + z * x);
    }
    case 'cylinder': return 2 * Math.PI * spec.radius * (spec.radius + spec.height);
    case 'capsule': return 2 * Math.PI * spec.radius * (spec.height - 2 * spec.radius) + 4 * Math.PI * spec.radius ** 2;
  }
}

/** Average silhouette area over all directions (Cauchy: a quarter of the surface of a convex body). */
export function meanProjectedArea(spec: ColliderSpec): number {
  return surfaceArea(spec) / 4;
}

/** Typical drag coefficient of the shape in air or water. */
export function shapeDragCoefficient(spec: ColliderSpec): number {
  switch (spec.shape) {
    case 'ball': return 0.47;
    case 'box': return 1.05;
    case 'cylinder': return 0.82;
    case 'capsule': return 0.6;
  }
}
