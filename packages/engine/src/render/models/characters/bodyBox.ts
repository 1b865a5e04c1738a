/**
 * The box a character model is drawn to fill, in its local frame (front +Z, Y up, origin at
 * the collider centre, ground at -height/2). Characters stand in capsules; animals in boxes
 * whose longest horizontal side is the body length, which the model lays along +Z (its
 * direction of travel) whichever horizontal axis the collider lists it on.
 */
import type { ColliderSpec } from '../../../ontology/ontology.ts';

export interface BodyBox {
  /** Side to side (X), m. */
  width: number;
  /** Ground to top (Y), m. */
  height: number;
  /** Nose to tail (Z), m. */
  length: number;
}

export function bodyBox(collider: ColliderSpec): BodyBox {
  switch (collider.shape) {
    case 'ball':
      return { width: collider.radius * 2, height: collider.radius * 2, length: collider.radius * 2 };
    case 'box': {
      const [x, y, z] = collider.size;
      return { width: Math.min(x, z), height: y, length: Math.max(x, z) };
    }
    case 'cylinder':
    case 'capsule':
      return { width: collider.radius * 2, height: collider.height, length: collider.radius * 2 };
  }
}
