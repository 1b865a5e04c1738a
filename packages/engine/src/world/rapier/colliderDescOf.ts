/** A Rapier collider description for one of our collider shapes (heights are full heights). */
import type { ColliderDesc } from '@dimforge/rapier3d-deterministic-compat';
import type { ColliderSpec } from '../../ontology/ontology.ts';
import type { Rapier } from './loadRapier.ts';

export function colliderDescOf(R: Rapier, spec: ColliderSpec): ColliderDesc {
  switch (spec.shape) {
    case 'ball': return R.ColliderDesc.ball(spec.radius);
    case 'box': return R.ColliderDesc.cuboid(spec.size[0] / 2, spec.size[1] / 2, spec.size[2] / 2);
    case 'cylinder': return R.ColliderDesc.cylinder(spec.height / 2, spec.radius);
    case 'capsule': return R.ColliderDesc.capsule(Math.max(spec.height / 2 - spec.radius, 1e-3), spec.radius);
  }
}
