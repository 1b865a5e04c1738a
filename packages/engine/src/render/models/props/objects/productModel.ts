/**
 * A product: the user's picture as a cut-out standing in the world (both sides printed), sized
 * to the picture's proportions by the world. Without a picture, a plain packaging box.
 */
import { colliderHalfExtents } from '../../../../ontology/colliderGeometry.ts';
import type { ModelBuilder, Part } from '../../../model/Part.ts';
import { darken } from '../../../../colour/hexColour.ts';

export const productModel: ModelBuilder = ({ entity }) => {
  const [hx, hy, hz] = colliderHalfExtents(entity.collider);
  if (entity.texture !== undefined) {
    return [{ shape: 'quad', position: [0, 0, 0], size: [hx * 2, hy * 2, 0], colour: entity.colour, finish: 'satin', texture: entity.texture }];
  }
  const parts: Part[] = [
    { shape: 'box', position: [0, 0, 0], size: [hx * 2, hy * 2, hz * 1.8], colour: entity.colour, finish: 'satin' },
    // A printed band on the front, inside the collider.
    { shape: 'box', position: [0, hy * 0.55, hz * 0.95], size: [hx * 1.6, hy * 0.3, hz * 0.1], colour: darken(entity.colour, 0.35), finish: 'satin', layer: 1 },
  ];
  return parts;
};
