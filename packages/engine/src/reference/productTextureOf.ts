/** The reference image a cast entity carries (a product), with its proportions; undefined for everything else. */
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import type { PreparedReference } from './PreparedReference.ts';

export function productTextureOf(
  plan: ScenePlan,
  references: readonly PreparedReference[],
  entityId: string,
): { image: string; aspect: number } | undefined {
  const ref = plan.references?.find((r) => r.mode === 'product' && r.entity === entityId);
  if (!ref) return undefined;
  const image = references.find((p) => p.image === ref.image && p.mode === 'product');
  if (!image) return undefined;
  return { image: image.image, aspect: image.width / image.height };
}
