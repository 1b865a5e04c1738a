/**
 * A TimelineEntity for a kind, as the world would resolve it: the kind's collider scaled by
 * size, its default colour and material unless given, a bounding radius and a mass.
 */
import { boundingRadiusOf, colliderVolume, scaleCollider } from '../../ontology/colliderGeometry.ts';
import { kindOf, materialOf } from '../../ontology/ontology.ts';
import type { TimelineEntity } from '../../timeline/Timeline.ts';
import { meters } from '../../units/units.ts';

export interface EntityOptions {
  id?: string;
  colour?: string;
  material?: string;
  size?: number;
  label?: string;
}

export function entityOfKind(kind: string, options: EntityOptions = {}): TimelineEntity {
  const k = kindOf(kind);
  const size = options.size ?? 1;
  const collider = scaleCollider(k.collider, size);
  const material = options.material ?? k.material;
  let mass = k.mass !== undefined ? k.mass * size ** 3 : 0;
  if (!mass) {
    try {
      mass = materialOf(material).density * colliderVolume(collider);
    } catch {
      mass = 1000 * colliderVolume(collider);
    }
  }
  return {
    id: options.id ?? kind,
    kind,
    label: options.label ?? kind,
    category: k.category,
    mobility: k.mobility,
    colour: options.colour ?? k.colour,
    material,
    size,
    collider,
    boundingRadius: meters(boundingRadiusOf(collider)),
    mass,
  };
}
