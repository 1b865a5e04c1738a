/**
 * Geometry of the collider shapes, shared by the simulation, the director, the camera,
 * shadows, water lines and the models so all of them agree on an entity's size. Cylinders
 * and capsules stand along Y, and their height is the total height (a 1.75 m person is
 * 1.75 m from sole to crown).
 */
import type { Vec3 } from '../math/vec3.ts';
import type { ColliderSpec } from './ontology.ts';

/** The kind's collider with every dimension multiplied by `size`. */
export function scaleCollider(c: ColliderSpec, size: number): ColliderSpec {
  switch (c.shape) {
    case 'ball':
      return { shape: 'ball', radius: c.radius * size };
    case 'box':
      return { shape: 'box', size: [c.size[0] * size, c.size[1] * size, c.size[2] * size] };
    case 'cylinder':
      return { shape: 'cylinder', radius: c.radius * size, height: c.height * size };
    case 'capsule':
      return { shape: 'capsule', radius: c.radius * size, height: Math.max(c.height * size, 2 * c.radius * size) };
  }
}

/** Half extents (x, y, z) of the box that encloses a collider in its own axes. */
export function colliderHalfExtents(c: ColliderSpec): Vec3 {
  switch (c.shape) {
    case 'ball':
      return [c.radius, c.radius, c.radius];
    case 'box':
      return [c.size[0] / 2, c.size[1] / 2, c.size[2] / 2];
    case 'cylinder':
      return [c.radius, c.height / 2, c.radius];
    case 'capsule':
      return [c.radius, Math.max(c.radius, c.height / 2), c.radius];
  }
}

/** m³ */
export function colliderVolume(c: ColliderSpec): number {
  switch (c.shape) {
    case 'ball':
      return (4 / 3) * Math.PI * c.radius ** 3;
    case 'box':
      return c.size[0] * c.size[1] * c.size[2];
    case 'cylinder':
      return Math.PI * c.radius ** 2 * c.height;
    case 'capsule':
      return Math.PI * c.radius ** 2 * Math.max(0, c.height - 2 * c.radius) + (4 / 3) * Math.PI * c.radius ** 3;
  }
}

/** Radius of the smallest centred sphere holding the collider. */
export function boundingRadiusOf(c: ColliderSpec): number {
  switch (c.shape) {
    case 'ball':
      return c.radius;
    case 'box':
      return Math.hypot(c.size[0], c.size[1], c.size[2]) / 2;
    case 'cylinder':
      return Math.hypot(c.radius, c.height / 2);
    case 'capsule':
      return Math.max(c.radius, c.height / 2);
  }
}
