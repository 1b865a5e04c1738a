/**
 * Models are made of shaded 3D primitives. A model builder returns Parts in the entity's
 * local frame (metres at the entity's actual size, origin at the collider centre, Y up,
 * the model's front facing +Z); the renderer transforms them by the entity pose,
 * projects, depth-sorts and shades them.
 */
import type { Quat, Vec3 } from '../../math/vec3.ts';
import type { Pose, TimelineEntity } from '../../timeline/Timeline.ts';
import type { Seconds } from '../../units/units.ts';
import type { FaceState } from '../../lipsync/FaceState.ts';

export type PartShape =
  /** size = diameters along x, y, z (a sphere when equal). */
  | 'ellipsoid'
  /** size = width, height, depth. */
  | 'box'
  /** Axis along local Y; size = [diameter x, height, diameter z]. */
  | 'cylinder'
  /** Axis along local Y, apex at +Y; size = [base diameter x, height, base diameter z]. */
  | 'cone'
  /** Axis along local Y; size = [diameter, total height incl. caps, diameter]. */
  | 'capsule'
  /** Flat rectangle in local XY plane (flags, screens, paper); size = [w, h, 0]. */
  | 'quad'
  /** Square-based pyramid, apex at +Y; size = [base x, height, base z]. */
  | 'pyramid'
  /** Box whose top face slopes down from -Z (full height) to +Z (zero height): windscreens, ramps, roofs. */
  | 'wedge';

export type Finish = 'matte' | 'satin' | 'glossy' | 'metal' | 'emissive' | 'glass';

export interface Part {
  shape: PartShape;
  /** Centre in the entity's local frame (m). */
  position: Vec3;
  size: Vec3;
  rotation?: Quat;
  colour: string;
  finish?: Finish;
  /** Optional surface decoration drawn over the shaded primitive. */
  pattern?: 'stripes' | 'seams' | 'panels' | 'wood-grain' | 'spots' | 'checker';
  patternColour?: string;
  /** Draw order tie-breaker within one model: higher draws later (on top) at equal depth. */
  layer?: number;
  /** Quads: the reference image printed on it (by name); drawn instead of the flat colour when the renderer has it. */
  texture?: string;
}

export interface ModelContext {
  entity: TimelineEntity;
  pose: Pose;
  time: Seconds;
  /** Characters and animals: mouth, blink and speaking motion this frame (lipsync/faceTracksOf.ts); omitted = the model's own idle face. */
  face?: FaceState;
}

export type ModelBuilder = (ctx: ModelContext) => Part[];
