/**
 * What the director understood from a prompt, before it becomes (or changes) a ScenePlan:
 * groups of entities with their modifiers and placements, actions bound to groups, camera
 * framing and moves, environment words and the words it could not use.
 */
import type { Vec3 } from '../math/vec3.ts';
import type { ActionType, TimeOfDay, Weather } from '../plan/scenePlanSchema.ts';
import type { CameraMoveType, Framing, GravitySetting, Relation } from './Sense.ts';

/** Another group (by index), the ground or the water. */
export type GroupRef = number | 'ground' | 'water';

export interface GroupReading {
  index: number;
  kind: string;
  /** The words that named it, singular ("rubber duck", "vase"). */
  label: string;
  count: number;
  /** The count words when a count was capped ("500"), for the note in `ungrounded`. */
  cappedFrom?: number;
  colour?: string;
  colourful: boolean;
  material?: string;
  /** Scale relative to the kind's typical size. */
  size: number;
  /** Which of colour, material and size the prompt said (rather than the kind's word implying them). */
  said: { colour: boolean; material: boolean; size: boolean };
  /** Named with the/this/that/its…: may refer to something already in a plan being remixed. */
  definite: boolean;
  /** Named by a word the lexicon does not know (kind "prop"). */
  unknown: boolean;
  placement?: { relation: Relation; target: GroupRef };
  /** A speed or direction said about the group without a verb ("a fast car"); used by its default action. */
  speedFactor?: number;
  direction?: Vec3;
}

export interface ActionReading {
  group: number;
  type: ActionType;
  target?: number;
  direction?: Vec3;
  speedFactor?: number;
  height?: number;
  start?: number;
  duration?: number;
  /** Position in a "then" sequence (0 = at the start); used when no start time was given. */
  sequence?: number;
  /** 'first': only the first of the group acts (a chain reaction does the rest). */
  members: 'all' | 'first';
}

export interface MoveReading {
  type: CameraMoveType;
  amount?: number;
  /** -1 for left/down/away. */
  sign?: 1 | -1;
  speedFactor?: number;
  target?: number;
}

export interface PromptReading {
  groups: GroupReading[];
  actions: ActionReading[];
  moves: MoveReading[];
  framing?: Framing;
  cameraSubject?: number;
  /** The group the prompt is mainly about (the first subject). */
  mainGroup?: number;
  /** priority: 3 named, 2 hinted by a weak word ("grass", "water"). */
  setting?: { id: string; priority: number };
  /** Ground material named by the prompt ("on a wooden floor", "on ice"). */
  ground?: string;
  timeOfDay?: TimeOfDay;
  weather?: Weather;
  wind?: number;
  gravity?: GravitySetting;
  canvasSize?: { width: number; height: number };
  duration?: number;
  /** Something was put in the water: the scene needs a water body. */
  usesWater: boolean;
  /** Words and phrases the director could not map, in prompt order, plus notes on capped values. */
  ungrounded: string[];
}
