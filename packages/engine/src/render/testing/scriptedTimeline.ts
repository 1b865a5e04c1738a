/**
 * A Timeline written by hand instead of simulated: entities with scripted poses, a scripted
 * camera and explicit events. For render tests and benchmarks that must not change when the
 * physics does.
 */
import { IDENTITY_QUAT, type Vec3 } from '../../math/vec3.ts';
import { createEmptyPlan } from '../../plan/createEmptyPlan.ts';
import type { TimeOfDay, Weather } from '../../plan/scenePlanSchema.ts';
import { settingOf } from '../../ontology/ontology.ts';
import type { CameraPose, Pose, Timeline, TimelineEvent } from '../../timeline/Timeline.ts';
import { frameIndex, radians, seconds } from '../../units/units.ts';
import { entityOfKind } from '../preview/entityOfKind.ts';

export interface ScriptedEntity {
  kind: string;
  id?: string;
  colour?: string;
  material?: string;
  size?: number;
  /** Pose at time t (missing fields: at rest, upright). */
  pose: (t: number) => Partial<Pose> & { position: Vec3 };
}

export interface ScriptOptions {
  setting?: string;
  timeOfDay?: TimeOfDay;
  weather?: Weather;
  width?: number;
  height?: number;
  fps?: 24 | 30;
  duration?: number;
  seed?: number;
  wind?: { speed: number; direction: number };
  entities: ScriptedEntity[];
  camera: CameraPose | ((t: number) => CameraPose);
  events?: TimelineEvent[];
}

export function lookAt(position: Vec3, target: Vec3, fovDeg = 50): CameraPose {
  return { position, target, fovY: radians((fovDeg * Math.PI) / 180), roll: radians(0) };
}

export function scriptedTimeline(o: ScriptOptions): Timeline {
  const width = o.width ?? 320;
  const height = o.height ?? 180;
  const fps = o.fps ?? 30;
  const duration = o.duration ?? 2;
  const plan = createEmptyPlan({ width: 720, height: 1280, fps, duration, seed: o.seed ?? 7, setting: o.setting ?? 'studio' });
  plan.environment.timeOfDay = o.timeOfDay ?? 'noon';
  plan.environment.weather = o.weather ?? 'clear';
  if (o.wind) plan.environment.wind = o.wind;
  const entities = o.entities.map((e, i) => entityOfKind(e.kind, { id: e.id ?? `${e.kind}-${i}`, colour: e.colour, material: e.material, size: e.size }));
  const frameCount = Math.round(duration * fps);
  const frames = Array.from({ length: frameCount }, (_, f) => {
    const t = f / fps;
    return {
      index: frameIndex(f),
      time: seconds(t),
      camera: typeof o.camera === 'function' ? o.camera(t) : o.camera,
      poses: o.entities.map((e): Pose => ({
        rotation: IDENTITY_QUAT,
        velocity: [0, 0, 0],
        angularVelocity: [0, 0, 0],
        inContact: false,
        submerged: 0,
        ...e.pose(t),
      })),
    };
  });
  let ground = 'concrete';
  try {
    ground = settingOf(plan.environment.setting).ground;
  } catch {
    // keep concrete
  }
  return {
    plan,
    fps,
    frameCount,
    duration: seconds(duration),
    width,
    height,
    gravity: 9.81,
    groundMaterial: ground,
    entities,
    frames,
    events: [...(o.events ?? [])].sort((a, b) => a.time - b.time),
    speech: [],
  };
}
