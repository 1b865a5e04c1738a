/**
 * Geometry of the simulated collider shapes: scaling, volume, bounding sizes and the areas
 * air and water push on. Capsule and cylinder heights are the full height (a 1.75 m person
 * is 1.75 m from sole to crown), matching how the models are drawn.
 */
import { colliderHalfExtents } from '../../ontology/colliderHalfExtents.ts';
import type { Quat, Vec3 } from '../../math/vec3.ts';
import type { ColliderSpec } from '../../ontology/ontology.ts';
import { rotationMatrix } from '../math/rotations.ts';

/** The kind's collider with every dimension multiplied by `size`. */
export function scaleCollider(spec: ColliderSpec, size: number): ColliderSpec {
  switch (spec.shape) {
    case 'ball': return { shape: 'ball', radius: spec.radius * size };
    case 'box': return { shape: 'box', size: [spec.size[0] * size, spec.size[1] * size, spec.size[2] * size] };
    case 'cylinder': return { shape: 'cylinder', radius: spec.radius * size, height: spec.height * size };
    case 'capsule': return { shape: 'capsule', radius: spec.radius * size, height: Math.max(spec.height * size, 2 * spec.radius * size) };
  }
}

/** m³ */
export function colliderVolume(spec: ColliderSpec): number {
  switch (spec.shape) {
    case 'ball': return (4 / 3) * Math.PI * spec.radius ** 3;
    case 'box': return spec.size[0] * spec.size[1] * spec.size[2];
    case 'cylinder': return Math.PI * spec.radius ** 2 * spec.height;
    case 'capsule': {
      const r = spec.radius;
      return Math.PI * r * r * (spec.height - 2 * r) + (4 / 3) * Math.PI * r ** 3;
    }
  }
}

/** Radius of the smallest centred sphere holding the collider. */
export function boundingRadiusOf(spec: ColliderSpec): number {
  switch (spec.shape) {
    case 'ball': return spec.radius;
    case 'box': return Math.sqrt(spec.size[0] ** 2 + spec.size[1] ** 2 + spec.size[2] ** 2) / 2;
    case 'cylinder': return Math.sqrt(spec.radius ** 2 + (spec.height / 2) ** 2);
    case 'capsule': return spec.height / 2;
  }
}

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
