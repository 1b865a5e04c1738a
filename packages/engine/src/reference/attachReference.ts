/**
 * Adds a reference image to a plan: a plate becomes the backdrop; a product is carried by the
 * plan's product entity ("the product spins on a table"), and when the prompt named none, a
 * product is added that turns slowly as if on a turntable.
 */
import { parsePlan } from '../plan/parsePlan.ts';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import type { ReferenceMode } from './referenceLimits.ts';

export function attachReference(plan: ScenePlan, image: string, mode: ReferenceMode): ScenePlan {
  const next: ScenePlan = structuredClone(plan);
  const others = (next.references ?? []).filter((r) => r.image !== image && r.mode !== mode);
  if (mode === 'plate') {
    next.references = [...others, { image, mode }];
    return parsePlan(next);
  }
  let product = next.cast.find((e) => e.kind === 'product');
  if (!product) {
    let n = 1;
    while (next.cast.some((e) => e.id === `product-${n}`)) n++;
    product = { id: `product-${n}`, kind: 'product', label: 'product', colour: '#f4f1ea', material: 'plastic', size: 1, placement: { type: 'auto' } };
    next.cast.push(product);
  }
  const id = product.id;
  if (!next.actions.some((a) => a.entity === id)) next.actions.push({ entity: id, type: 'spin', start: 0, speed: 0.25 });
  next.references = [...others, { image, mode, entity: id }];
  return parsePlan(next);
}
