/** Everything about a timeline that stays the same from frame to frame, worked out once. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ViewBasis } from '../../math/projectPoint.ts';
import type { Timeline } from '../../timeline/Timeline.ts';
import { backgroundSceneOf } from '../background/BackgroundScene.ts';
import { lightingFor } from '../lighting/lightingFor.ts';
import type { ModelBuilder } from '../model/Part.ts';
import { modelFor } from '../models/modelFor.ts';
import { faceTracksOf } from '../../lipsync/faceTracksOf.ts';
import { gradeFor } from '../post/gradeFor.ts';
import { isIndoor, particleLightOf, type FrameScene } from './composeFrame.ts';
import { styleLighting } from '../style/styleLighting.ts';
import { styleParamsOf } from '../style/styleParamsOf.ts';
import { createStyleStage } from '../style/StyleStage.ts';
import { referenceSceneOf } from '../reference/referenceSceneOf.ts';

export interface FrameSceneOptions {
  /** Film grain opacity, 0 (default, off) to ~0.08. */
  grain?: number;
  /** Tests: draw every entity with this model instead of its kind's. */
  model?: ModelBuilder;
  /** Tests: draw this instead of the scene's background. */
  backdrop?: (ctx: SKRSContext2D, basis: ViewBasis, width: number, height: number) => void;
}

export function frameSceneOf(timeline: Timeline, options: FrameSceneOptions = {}): FrameScene {
  const env = timeline.plan.environment;
  const scene = { ...backgroundSceneOf(env, timeline.plan.seed), groundMaterial: timeline.groundMaterial };
  const styleParams = styleParamsOf(timeline.plan.look);
  const references = referenceSceneOf(timeline);
  const lighting = styleLighting(references.lighting(lightingFor(scene)), styleParams);
  const indoor = isIndoor(env.setting);
  const space = timeline.groundMaterial === 'none' || env.setting === 'space';
  return {
    timeline,
    scene,
    lighting,
    models: timeline.entities.map((e) => options.model ?? modelFor(e.kind)),
    faces: faceTracksOf(timeline),
    grade: gradeFor(env.timeOfDay, { indoor, space }),
    grain: options.grain ?? 0,
    indoor,
    space,
    particleLight: particleLightOf(lighting),
    style: createStyleStage(styleParams, timeline),
    ...(references.textures ? { textures: references.textures } : {}),
    ...(options.backdrop ? { backdrop: options.backdrop } : references.backdrop ? { backdrop: references.backdrop } : {}),
  };
}
