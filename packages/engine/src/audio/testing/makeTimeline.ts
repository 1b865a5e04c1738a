/**
 * Hand-built timelines for audio tests: a plan with the chosen ambience, a fixed camera, a
 * few entities (static unless a pose function moves them) and whatever events the test needs.
 */
import type { Vec3 } from '../../math/vec3.ts';
import { kindOf } from '../../ontology/ontology.ts';
import type { ColliderSpec } from '../../ontology/ontology.ts';
import { createEmptyPlan } from '../../plan/createEmptyPlan.ts';
import type { AmbienceKind } from '../../plan/scenePlanSchema.ts';
import type {
  CameraPose, ContactEvent, FootstepEvent, Pose, SplashEvent, Timeline, TimelineEntity, TimelineEvent,
} from '../../timeline/Timeline.ts';
import { degreesToRadians, frameIndex, meters, radians, seconds } from '../../units/units.ts';

export interface TestEntity {
  id: string;
  kind?: string;
  material?: string;
  /** Collider radius for balls (m); default from the kind. */
  radius?: number;
  mass?: number;
  position?: Vec3;
}

export interface TimelineOptions {
  duration?: number;
  fps?: 24 | 30;
  width?: number;
  height?: number;
  seed?: number;
  setting?: string;
  /** Replaces the setting's ambience; [] for none. */
  ambience?: { kind: AmbienceKind; level: number }[];
  groundMaterial?: string;
  entities?: TestEntity[];
  events?: TimelineEvent[];
  camera?: CameraPose;
  /** Pose of entity `index` at `time`; default: resting at its position, not touching anything. */
  pose?: (index: number, time: number) => Partial<Pose>;
}

export const TEST_CAMERA: CameraPose = {
  position: [0, 1.5, 6],
  target: [0, 0.5, 0],
  fovY: degreesToRadians(50),
  roll: radians(0),
};

export function makeEntity(spec: TestEntity): TimelineEntity {
  const kind = kindOf(spec.kind ?? 'ball');
  const collider: ColliderSpec =
    spec.radius !== undefined ? { shape: 'ball', radius: spec.radius } : kind.collider;
  const r = collider.shape === 'ball' ? collider.radius
    : collider.shape === 'box' ? Math.hypot(...collider.size) / 2
    : Math.hypot(collider.radius, collider.height / 2);
  return {
    id: spec.id,
    kind: spec.kind ?? 'ball',
    label: spec.id,
    category: kind.category,
    mobility: kind.mobility,
    colour: kind.colour,
    material: spec.material ?? kind.material,
    size: 1,
    collider,
    boundingRadius: meters(r),
    mass: spec.mass ?? kind.mass ?? 1,
  };
}

export function makeTimeline(options: TimelineOptions = {}): Timeline {
  const fps = options.fps ?? 30;
  const duration = options.duration ?? 4;
  const plan = createEmptyPlan({
    fps, duration, seed: options.seed ?? 7, setting: options.setting ?? 'studio',
    width: options.width ?? 1280, height: options.height ?? 720,
  });
  if (options.ambience) plan.audio.ambience = options.ambience;
  const specs = options.entities ?? [];
  const entities = specs.map(makeEntity);
  const frameCount = Math.round(duration * fps);
  const camera = options.camera ?? TEST_CAMERA;
  const frames = Array.from({ length: frameCount }, (_, f) => {
    const time = f / fps;
    const poses: Pose[] = specs.map((spec, i) => ({
      position: spec.position ?? [0, 0.5, 0],
      rotation: [0, 0, 0, 1],
      velocity: [0, 0, 0],
      angularVelocity: [0, 0, 0],
      inContact: false,
      submerged: 0,
      ...(options.pose?.(i, time) ?? {}),
    }));
    return { index: frameIndex(f), time: seconds(time), camera, poses };
  });
  const events = [...(options.events ?? [])].sort((a, b) => a.time - b.time);
  return {
    plan,
    fps,
    frameCount,
    duration: seconds(duration),
    width: plan.canvas.width,
    height: plan.canvas.height,
    gravity: 9.81,
    groundMaterial: options.groundMaterial ?? 'concrete',
    entities,
    frames,
    events,
    speech: [],
  };
}

export function contactEvent(
  time: number, a: string, materials: [string, string], impulse: number,
  options: { b?: string; position?: Vec3; normalSpeed?: number; fps?: number } = {},
): ContactEvent {
  return {
    type: 'contact', time: seconds(time), frame: frameIndex(Math.round(time * (options.fps ?? 30))),
    a, b: options.b ?? 'ground', materials, impulse, normalSpeed: options.normalSpeed ?? 3,
    position: options.position ?? [0, 0, 0],
  };
}

export function splashEvent(time: number, entity: string, speed: number, mass: number, position: Vec3 = [0, 0, 0]): SplashEvent {
  return { type: 'splash', time: seconds(time), frame: frameIndex(Math.round(time * 30)), entity, position, speed, mass };
}

export function footstepEvent(time: number, entity: string, material: string, position: Vec3 = [0, 0, 0]): FootstepEvent {
  return { type: 'footstep', time: seconds(time), frame: frameIndex(Math.round(time * 30)), entity, position, material };
}
