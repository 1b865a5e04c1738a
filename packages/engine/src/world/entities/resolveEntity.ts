/**
 * A plan entity turned into what the simulation needs: the collider at its real size, mass,
 * bounce, grip and the areas wind and water act on.
 */
import { kindOf, materialOf, type ColliderSpec, type KindProperties } from '../../ontology/ontology.ts';
import type { Entity } from '../../plan/scenePlanSchema.ts';
import type { TimelineEntity } from '../../timeline/Timeline.ts';
import { meters } from '../../units/units.ts';
import { boundingRadiusOf, colliderVolume, meanProjectedArea, scaleCollider, shapeDragCoefficient } from './colliderGeometry.ts';

export interface PhysicalEntity {
  /** Position in the plan's cast (and in the timeline). */
  index: number;
  source: Entity;
  kind: KindProperties;
  timeline: TimelineEntity;
  /** m³ of the collider. */
  volume: number;
  /** kg/m³ of the body as a whole (mass / volume): what decides floating. */
  density: number;
  restitution: number;
  friction: number;
  roughness: number;
  /** Upward lift of a gas balloon in newtons under Earth gravity, at the actual size (kind.lift × size³; 0 for everything else). */
  liftN: number;
  /** C_d × mean silhouette area (m²), for air and water drag. */
  dragArea: number;
}

/** A reference image carried by an entity (a product): its name and width ÷ height. */
export interface EntityTexture {
  image: string;
  aspect: number;
}

/** A flat box collider keeps its area but takes the picture's proportions (width × height). */
function fitColliderToImage(collider: ColliderSpec, aspect: number): ColliderSpec {
  if (collider.shape !== 'box') return collider;
  const [w, h, d] = collider.size;
  const area = w * h;
  const height = Math.sqrt(area / aspect);
  return { shape: 'box', size: [height * aspect, height, d] };
}

/** Feathers, paper and cloth catch far more air than their shape suggests. */
const MATERIAL_DRAG_FACTOR: Readonly<Record<string, number>> = { feather: 3, paper: 1.6, fabric: 1.3 };

/**
 * Mass: the kind's mass (hollow objects) × size³, adjusted by the density ratio when the plan
 * names another material ("a metal crate"); otherwise material density × volume.
 * Restitution: the kind's own value for its default material, otherwise the material's.
 */
export function resolveEntity(entity: Entity, index: number, texture?: EntityTexture): PhysicalEntity {
  const kind = kindOf(entity.kind);
  const material = materialOf(entity.material);
  const collider = scaleCollider(texture ? fitColliderToImage(kind.collider, texture.aspect) : kind.collider, entity.size);
  const volume = colliderVolume(collider);
  const sameMaterial = entity.material === kind.material;
  let mass: number;
  if (kind.mass !== undefined) {
    const ratio = sameMaterial ? 1 : material.density / materialOf(kind.material).density;
    mass = kind.mass * entity.size ** 3 * ratio;
  } else {
    mass = material.density * volume;
  }
  const restitution = sameMaterial && kind.restitution !== undefined ? kind.restitution : material.restitution;
  const timeline: TimelineEntity = {
    id: entity.id,
    kind: entity.kind,
    label: entity.label ?? entity.kind,
    category: kind.category,
    mobility: kind.mobility,
    colour: entity.colour,
    material: entity.material,
    size: entity.size,
    collider,
    boundingRadius: meters(boundingRadiusOf(collider)),
    mass,
    ...(entity.name !== undefined ? { name: entity.name } : {}),
    ...(texture ? { texture: texture.image } : {}),
  };
  return {
    index,
    source: entity,
    kind,
    timeline,
    volume,
    density: mass / volume,
    restitution,
    friction: material.friction,
    roughness: material.roughness,
    liftN: (kind.lift ?? 0) * entity.size ** 3,
    dragArea: shapeDragCoefficient(collider) * meanProjectedArea(collider) * (MATERIAL_DRAG_FACTOR[entity.material] ?? 1),
  };
}
