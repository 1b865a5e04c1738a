/**
 * An entity's bounding ellipsoid in the world: its collider's extents turned by the pose.
 * Shadows, water lines and framing use it as the entity's rough body.
 */
import type { ColliderSpec } from '../../ontology/ontology.ts';
import { colliderHalfExtents } from '../../ontology/colliderGeometry.ts';
import { rotate, type Quat, type Vec3 } from '../../math/vec3.ts';

export interface WorldEllipsoid {
  centre: Vec3;
  /** Semi-axis vectors (m). */
  axes: [Vec3, Vec3, Vec3];
}

export { colliderHalfExtents };

/** The ellipsoid through the collider's extents (boxes get their corners' ellipse, a little fuller). */
export function entityEllipsoid(collider: ColliderSpec, position: Vec3, rotation: Quat): WorldEllipsoid {
  const h = colliderHalfExtents(collider);
  const k = collider.shape === 'box' ? 1.12 : collider.shape === 'cylinder' ? 1.05 : 1;
  const ax = rotate(rotation, [h[0] * k, 0, 0]);
  const ay = rotate(rotation, [0, h[1] * (collider.shape === 'box' || collider.shape === 'cylinder' ? 1.0 : 1), 0]);
  const az = rotate(rotation, [0, 0, h[2] * k]);
  return { centre: position, axes: [ax, ay, az] };
}

/** Lowest and highest world y of an ellipsoid. */
export function verticalExtent(e: WorldEllipsoid): { bottom: number; top: number } {
  const r = Math.hypot(e.axes[0][1], e.axes[1][1], e.axes[2][1]);
  return { bottom: e.centre[1] - r, top: e.centre[1] + r };
}
