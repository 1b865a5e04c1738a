import { settingOf } from '../ontology/ontology.ts';
import { PLAN_VERSION, type AmbienceKind, type ScenePlan } from './scenePlanSchema.ts';

export interface PlanOptions {
  width?: number;
  height?: number;
  fps?: 24 | 30;
  duration?: number;
  seed?: number;
  setting?: string;
}

/** A valid plan with an empty cast: the setting's ground, water, gravity and ambience filled in. */
export function createEmptyPlan(options: PlanOptions = {}): ScenePlan {
  const setting = options.setting ?? 'studio';
  const s = settingOf(setting);
  return {
    version: PLAN_VERSION,
    seed: options.seed ?? 1,
    canvas: {
      width: options.width ?? 720,
      height: options.height ?? 1280,
      fps: options.fps ?? 30,
      duration: options.duration ?? 8,
    },
    environment: {
      setting,
      timeOfDay: 'noon',
      weather: 'clear',
      gravity: s.gravity ?? 'normal',
      wind: { speed: 0, direction: 0 },
      water: s.water ? [{ ...s.water, kind: s.water.kind as ScenePlan['environment']['water'][number]['kind'] }] : [],
    },
    cast: [],
    actions: [],
    camera: { framing: 'wide', moves: [{ type: 'static' }] },
    audio: { ambience: s.ambience.map(([kind, level]) => ({ kind: kind as AmbienceKind, level })) },
    ungrounded: [],
  };
}
