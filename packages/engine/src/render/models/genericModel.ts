/**
 * The model of last resort: the entity's collider drawn as one shaded primitive in its colour,
 * with a finish and pattern suggested by its material. Every kind has a collider, so every
 * entity is drawn even before it has a hand-built model.
 */
import type { ColliderSpec } from '../../ontology/ontology.ts';
import type { Finish, ModelBuilder, Part } from '../model/Part.ts';

const FINISH_BY_MATERIAL: Readonly<Record<string, Finish>> = {
  metal: 'metal',
  gold: 'metal',
  glass: 'glass',
  plastic: 'glossy',
  ceramic: 'glossy',
  rubber: 'satin',
  leather: 'satin',
  ice: 'glass',
};

const PATTERN_BY_MATERIAL: Readonly<Record<string, Part['pattern']>> = {
  wood: 'wood-grain',
  cardboard: 'seams',
};

/** One primitive that fills the collider. */
export function colliderPart(collider: ColliderSpec, colour: string, material: string): Part {
  const finish = FINISH_BY_MATERIAL[material] ?? 'matte';
  const pattern = PATTERN_BY_MATERIAL[material];
  const common = { position: [0, 0, 0] as const, colour, finish, ...(pattern ? { pattern } : {}) };
  switch (collider.shape) {
    case 'ball':
      return { shape: 'ellipsoid', size: [collider.radius * 2, collider.radius * 2, collider.radius * 2], ...common };
    case 'box':
      return { shape: 'box', size: [collider.size[0], collider.size[1], collider.size[2]], ...common };
    case 'cylinder':
      return { shape: 'cylinder', size: [collider.radius * 2, collider.height, collider.radius * 2], ...common };
    case 'capsule':
      return { shape: 'capsule', size: [collider.radius * 2, collider.height, collider.radius * 2], ...common };
  }
}

export const genericModel: ModelBuilder = ({ entity }) => [colliderPart(entity.collider, entity.colour, entity.material)];
