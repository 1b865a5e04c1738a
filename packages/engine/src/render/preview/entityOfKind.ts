/**
 * A TimelineEntity for a kind, as the world would resolve it: the kind's collider scaled by
 * size, its default colour and material unless given, a bounding radius and a mass.
 */
import { kindOf, materialOf, type ColliderSpec } from '../../ontology/ontology.ts';
import type { TimelineEntity } from '../../timeline/Timeline.ts';
import { meters } from '../../units/units.ts';

export function scaleCollider(c: ColliderSpec, s: number): ColliderSpec {
  switch (c.shape) {
    case 'ball':
      return { shape: 'ball', radius: c.radius * s };
    case 'box':
      return { shape: 'box', size: [c.size[0] * s, c.size[1] * s, c.size[2] * s] };
    case 'cylinder':
      return { shape: 'cylinder', radius: c.radius * s, height: c.height * s };
    case 'capsule':
      return { shape: 'capsule', radius: c.radius * s, height: c.height * s };
  }
}

export function boundingRadiusOf(c: ColliderSpec): number {
  switch (c.shape) {
    case 'ball':
      return c.radius;
    case 'box':
      return Math.hypot(c.size[0], c.size[1], c.size[2]) / 2;
    case 'cylinder':
      return Math.hypot(c.radius, c.height / 2);
    case 'capsule':
      return Math.max(c.radius, c.height / 2);
  }
}

function volumeOf(c: ColliderSpec): number {
  switch (c.shape) {
    case 'ball':
      return (4 / 3) * Math.PI * c.radius ** 3;
    case 'box':
      return c.size[0] * c.size[1] * c.size[2];
    case 'cylinder':
      return Math.PI * c.radius ** 2 * c.height;
    case 'capsule':
      return Math.PI * c.radius ** 2 * Math.max(0, c.height - 2 * c.radius) + (4 / 3) * Math.PI * c.radius ** 3;
  }
}

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
      mass = materialOf(material).density * volumeOf(collider);
    } catch {
      mass = 1000 * volumeOf(collider);
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
