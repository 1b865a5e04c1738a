/**
 * How dense an entity is as a whole (kg/m³), which decides whether it floats: hollow kinds
 * (a rubber duck, a bottle) use their own mass, scaled by the density ratio when the prompt
 * names another material ("a metal duck"); solid ones use their material's density.
 * Gas balloons count as lighter than anything.
 */
import { colliderVolume } from '../ontology/colliderGeometry.ts';
import { kindOf, materialOf } from '../ontology/ontology.ts';

export function bodyDensity(kindId: string, materialId: string): number {
  const kind = kindOf(kindId);
  if ((kind.lift ?? 0) > 0 && materialId === kind.material) return 0;
  const material = materialOf(materialId);
  if (kind.mass === undefined) return material.density;
  const ratio = materialId === kind.material ? 1 : material.density / materialOf(kind.material).density;
  return (kind.mass * ratio) / colliderVolume(kind.collider);
}
