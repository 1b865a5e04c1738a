/**
 * The Timeline: what the world simulation produces and what render and audio consume.
 * Frames are sampled at the plan's frame rate; events carry exact times (sub-frame).
 * Coordinates: metres, Y up, X right, +Z towards the default camera. Ground at y = 0.
 */
import type { Quat, Vec3 } from '../math/vec3.ts';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import type { ColliderSpec, KindCategory, Mobility } from '../ontology/ontology.ts';
import type { FrameIndex, Meters, Radians, Seconds } from '../units/units.ts';
import type { PreparedReference } from '../reference/PreparedReference.ts';

/** An entity as resolved by the world: the plan's entity plus what the simulation derived. */
export interface TimelineEntity {
  id: string;
  kind: string;
  label: string;
  category: KindCategory;
  mobility: Mobility;
  colour: string;
  material: string;
  /** Scale relative to the kind's typical size. */
  size: number;
  /** The collider actually simulated (dimensions already multiplied by size). */
  collider: ColliderSpec;
  /** Radius of a sphere that bounds the entity (m). */
  boundingRadius: Meters;
  mass: number;
  /** A character's name: its look derives from it. */
  name?: string;
  /** Name of the reference image it carries (a product). */
  texture?: string;
}

/** Procedural body motion for characters and animals. */
export type Gait = 'idle' | 'walk' | 'run' | 'jump' | 'wave' | 'fly' | 'swim';

export interface Pose {
  position: Vec3;
  rotation: Quat;
  /** m/s */
  velocity: Vec3;
  /** rad/s */
  angularVelocity: Vec3;
  /** Touching the ground or another body this frame (for rolling/sliding sound). */
  inContact: boolean;
  /** Fraction of the body below the water surface, 0..1. */
  submerged: number;
  /** Characters: current gait and its phase in cycles (0..1 repeating). */
  gait?: Gait;
  gaitPhase?: number;
}

export interface CameraPose {
  position: Vec3;
  target: Vec3;
  /** Vertical field of view. */
  fovY: Radians;
  /** Roll around the view axis (handheld). */
  roll: Radians;
}

export interface FrameState {
  index: FrameIndex;
  time: Seconds;
  camera: CameraPose;
  /** One pose per entity, in the same order as Timeline.entities. */
  poses: Pose[];
}

export interface ContactEvent {
  type: 'contact';
  time: Seconds;
  frame: FrameIndex;
  /** Entity ids; b may be "ground". */
  a: string;
  b: string;
  materials: [string, string];
  /** N·s, the magnitude of the impulse at contact start. */
  impulse: number;
  /** Closing speed along the contact normal, m/s. */
  normalSpeed: number;
  position: Vec3;
}

export interface SplashEvent {
  type: 'splash';
  time: Seconds;
  frame: FrameIndex;
  entity: string;
  position: Vec3;
  /** Vertical speed entering the water, m/s. */
  speed: number;
  /** kg */
  mass: number;
}

export interface FootstepEvent {
  type: 'footstep';
  time: Seconds;
  frame: FrameIndex;
  entity: string;
  position: Vec3;
  /** Ground material stepped on. */
  material: string;
}

export type TimelineEvent = ContactEvent | SplashEvent | FootstepEvent;

/** One phoneme of a spoken line, as timed by the speech synthesis. */
export interface SpokenPhoneme {
  /** IPA symbol(s) as the synthesiser reports them. */
  phoneme: string;
  start: Seconds;
  end: Seconds;
}

/** One word of a spoken line (captions use these). */
export interface SpokenWord {
  text: string;
  start: Seconds;
  end: Seconds;
}

/** A line of dialogue or narration as it will be heard: absolute clip times. */
export interface SpokenLine {
  /** Entity id of the speaker, or "narrator". */
  speaker: string;
  text: string;
  language: string;
  start: Seconds;
  end: Seconds;
  words: SpokenWord[];
  phonemes: SpokenPhoneme[];
}

export interface Timeline {
  plan: ScenePlan;
  fps: number;
  frameCount: number;
  duration: Seconds;
  width: number;
  height: number;
  /** Downward gravity actually used, m/s². */
  gravity: number;
  /** Ground material id, or "none" (space). */
  groundMaterial: string;
  entities: TimelineEntity[];
  frames: FrameState[];
  /** Sorted by time. */
  events: TimelineEvent[];
  /** Dialogue and narration, sorted by start (empty for a clip without speech). */
  speech: SpokenLine[];
  /** The plan's reference images, decoded (plates and product textures). */
  references?: PreparedReference[];
}
