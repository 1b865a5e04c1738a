/**
 * defineProp turns a model designed at its kind's typical size into a ModelBuilder that
 * draws any entity of that kind: it stretches the parts to the collider actually simulated
 * (so size 0.5 or 3 fits), and when the world lays a long box along the other horizontal
 * axis it turns the model a quarter turn to follow.
 */
import type { Vec3 } from '../../../math/vec3.ts';
import { kindOf } from '../../../ontology/ontology.ts';
import { createRandom, hashString, type Random } from '../../../random/createRandom.ts';
import type { Pose, TimelineEntity } from '../../../timeline/Timeline.ts';
import type { Seconds } from '../../../units/units.ts';
import type { ModelBuilder, Part } from '../../model/Part.ts';
import { colliderHalfExtents } from '../../../ontology/colliderGeometry.ts';
import { fitParts, turnParts, X_TO_Z } from './fitParts.ts';
import { surfaceFor, type Surface } from './surfaceFor.ts';

export interface PropContext {
  entity: TimelineEntity;
  pose: Pose;
  time: Seconds;
  /** The colour the user asked for (or the kind's default). */
  colour: string;
  /** Finish and pattern of the entity's material, for the main surfaces. */
  surface: Surface;
  /** Half extents the model is designed in (the kind's collider at size 1). */
  half: Vec3;
  /** Actual size over design size (along Y): lengths in the design times this are metres in the video. */
  scale: number;
  /** A generator seeded by the entity id: the same rock or tree every time. */
  random(stream?: string): Random;
}

export type PropDesign = (c: PropContext) => Part[];

/** Horizontal aspect of a box: > 1 when longer along X than Z. */
const aspect = (h: Vec3): number => h[0] / h[2];

export function defineProp(kind: string, design: PropDesign): ModelBuilder {
  const nominal = colliderHalfExtents(kindOf(kind).collider);
  return ({ entity, pose, time }) => {
    const actual = colliderHalfExtents(entity.collider);
    const parts = design({
      entity,
      pose,
      time,
      colour: entity.colour,
      surface: surfaceFor(entity.material, entity.colour),
      half: nominal,
      scale: actual[1] / nominal[1],
      random: (stream = '') => createRandom(hashString(entity.id), `${kind}:${stream}`),
    });
    const swapped = (aspect(nominal) > 1.05 && aspect(actual) < 1 / 1.05) || (aspect(nominal) < 1 / 1.05 && aspect(actual) > 1.05);
    if (swapped) {
      return fitParts(turnParts(parts, X_TO_Z), [nominal[2], nominal[1], nominal[0]], actual);
    }
    return fitParts(parts, nominal, actual);
  };
}
