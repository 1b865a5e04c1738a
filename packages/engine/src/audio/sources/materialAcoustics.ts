/**
 * What the audio needs to know about a material beyond the ontology's table: its modes,
 * roughness and friction (from materials.json) and how soft a contact with it is, which
 * decides how dull an impact sounds (a ball on sand thuds, on tile it clicks).
 */
import { MATERIALS, type MaterialProperties } from '../../ontology/ontology.ts';
import type { ColliderSpec } from '../../ontology/ontology.ts';

/** 0 = rigid (metal, glass, stone) … 1 = very soft (foam, snow, feathers). */
const SOFTNESS: Readonly<Record<string, number>> = {
  metal: 0.02, gold: 0.08, glass: 0.02, ceramic: 0.03, tile: 0.04, stone: 0.04, concrete: 0.05,
  ice: 0.05, asphalt: 0.1, wood: 0.15, plastic: 0.18, leather: 0.5, paper: 0.5, cardboard: 0.55,
  rubber: 0.6, flesh: 0.7, regolith: 0.75, grass: 0.8, sand: 0.85, carpet: 0.85, fabric: 0.85,
  snow: 0.9, foam: 0.95, feather: 1,
};

const FALLBACK: MaterialProperties = MATERIALS['wood'] ?? {
  density: 600, restitution: 0.45, friction: 0.55, roughness: 0.5,
  modes: [[190, 28, 1], [430, 36, 0.6], [880, 48, 0.35], [1520, 60, 0.2]],
};

/** The material's properties, or wood's for an id the table does not know (never throws). */
export function acousticMaterial(id: string): MaterialProperties {
  return MATERIALS[id] ?? FALLBACK;
}

export function softnessOf(id: string): number {
  return SOFTNESS[id] ?? 0.3;
}

/** The size (m) that sets an object's pitch: its largest dimension. */
export function soundingSize(collider: ColliderSpec | undefined, boundingRadius: number): number {
  if (!collider) return Math.max(0.01, boundingRadius * 2);
  switch (collider.shape) {
    case 'ball':
      return collider.radius * 2;
    case 'box':
      return Math.max(collider.size[0], collider.size[1], collider.size[2]);
    case 'cylinder':
    case 'capsule':
      return Math.max(collider.radius * 2, collider.height);
  }
}

/** How much higher than the table (given for ~0.25 m) an object of this size rings. */
export function pitchScale(size: number): number {
  return Math.min(5, Math.max(0.15, 0.25 / Math.max(size, 1e-3)));
}
