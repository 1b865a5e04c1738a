/**
 * How dense an entity is as a whole (kg/m³), which decides whether it floats: hollow kinds
 * (a rubber duck, a bottle) use their own mass, scaled by the density ratio when the prompt
 * names another material ("a metal duck"); solid ones use their material's density.
 * Gas balloons count as lighter than anything.
 */
import { kindOf, materialOf, type ColliderSpec } from '../ontology/ontology.ts';

function volumeOf(c: ColliderSpec): number {
  switch (c.shape) {
    case 'ball':
      return (4 / 3) * Math.PI * c.radius ** 3;
    case 'box':
      return c.size[0] * c.size[1] * c.size[2];
    case 'cylinder':
      return Math.PI * c.radius ** 2 * c.height;
    case 'capsule':
      return Math.PI * c.radius ** 2 * c.height + (4 / 3) * Math.PI * c.radius ** 3;
  }
}

export function bodyDensity(kindId: string, materialId: string): number {
  const kind = kindOf(kindId);
  if ((kind.lift ?? 0) > 0 && materialId === kind.material) return 0;
  const material = materialOf(materialId);
  if (kind.mass === undefined) return material.density;
  const ratio = materialId === kind.material ? 1 : material.density / materialOf(kind.material).density;
  return (kind.mass * ratio) / volumeOf(kind.collider);
}
