/**
 * How much a ground surface gives back in a bounce, as the ground collider's restitution.
 *
 * Restitution combine rule: every collider uses Multiply, so a bounce on the ground keeps
 * (body restitution × ground factor) of the closing speed. Hard floors (concrete, tile, wood,
 * stone, asphalt, ceramic: material restitution ≥ 0.3) have factor 1, so a ball bounces off
 * them with exactly its own restitution and successive bounce heights shrink by e². Soft
 * ground swallows the bounce in proportion: sand 0.17, snow 0.07, grass 0.67, carpet 0.5.
 * Two bodies hitting each other bounce with the product of their restitutions.
 */
import { materialOf } from '../../ontology/ontology.ts';

export const HARD_GROUND_RESTITUTION = 0.3;

export function groundRestitution(material: string): number {
  return Math.min(1, materialOf(material).restitution / HARD_GROUND_RESTITUTION);
}
