/**
 * Test helper: renders one background frame for a setting, time and weather with a fixed,
 * typical camera (eye at [0, 1.6, 8] looking at [0, 0.8, 0], 50° vertical field of view).
 */
import { createCanvas } from '@napi-rs/canvas';
import { viewBasis } from '../../../math/projectPoint.ts';
import type { Vec3 } from '../../../math/vec3.ts';
import { settingOf } from '../../../ontology/ontology.ts';
import type { TimeOfDay, WaterBody, Weather } from '../../../plan/scenePlanSchema.ts';
import { radians, seconds } from '../../../units/units.ts';
import { lightingFor } from '../../lighting/lightingFor.ts';
import type { BackgroundScene } from '../BackgroundScene.ts';
import { drawBackground } from '../drawBackground.ts';

export const GOLDEN_WIDTH = 180;
export const GOLDEN_HEIGHT = 320;

export interface Shot {
  setting: string;
  /** A ground material the plan names instead of the setting's own. */
  ground?: string;
  timeOfDay?: TimeOfDay;
  weather?: Weather;
  seed?: number;
  eye?: Vec3;
  target?: Vec3;
  roll?: number;
  time?: number;
  width?: number;
  height?: number;
}

export function sceneFor(shot: Shot): BackgroundScene {
  const s = settingOf(shot.setting);
  return {
    setting: shot.setting,
    timeOfDay: shot.timeOfDay ?? 'noon',
    weather: shot.weather ?? 'clear',
    water: s.water ? [{ ...s.water, kind: s.water.kind as WaterBody['kind'] }] : [],
    groundMaterial: shot.ground ?? s.ground,
    seed: shot.seed ?? 7,
  };
}

/** RGBA pixels of one rendered background frame. */
export function renderBackground(shot: Shot): Uint8ClampedArray {
  const width = shot.width ?? GOLDEN_WIDTH;
  const height = shot.height ?? GOLDEN_HEIGHT;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const scene = sceneFor(shot);
  const basis = viewBasis(
    { position: shot.eye ?? [0, 1.6, 8], target: shot.target ?? [0, 0.8, 0], fovY: radians((50 * Math.PI) / 180), roll: radians(shot.roll ?? 0) },
    width,
    height,
  );
  drawBackground(ctx, scene, basis, lightingFor(scene), seconds(shot.time ?? 1), width, height);
  return ctx.getImageData(0, 0, width, height).data;
}
