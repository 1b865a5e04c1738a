/** Half extents (x, y, z) of the box that encloses a collider; cylinders and capsules stand along Y. */
import type { Vec3 } from '../../../math/vec3.ts';
import type { ColliderSpec } from '../../../ontology/ontology.ts';

export function colliderHalfExtents(c: ColliderSpec): Vec3 {
  switch (c.shape) {
    case 'ball':
      return [c.radius, c.radius, c.radius];
    case 'box':
      return [c.size[0] / 2, c.size[1] / 2, c.size[2] / 2];
    case 'cylinder':
      return [c.radius, c.height / 2, c.radius];
    case 'capsule':
      // Rapier's capsule height is the length of the middle segment; ours is the total height.
      return [c.radius, Math.max(c.height / 2, c.radius), c.radius];
  }
}
