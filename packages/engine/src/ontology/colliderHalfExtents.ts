/**
 * Half extents (x, y, z) of the box that encloses a collider in its own axes. Cylinders and
 * capsules stand along Y, and their height is the total height. Shared by the simulation,
 * the camera, shadows, water lines and the models, so all of them agree on an entity's size.
 */
import type { Vec3 } from '../math/vec3.ts';
import type { ColliderSpec } from './ontology.ts';

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
