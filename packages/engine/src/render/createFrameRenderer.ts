/**
 * The frame renderer: turns a Timeline into RGBA frames. Each frame is a pure function of the
 * timeline and the frame index (caches only save work), so frames can be rendered in any
 * order, on any worker thread, and come out byte-identical.
 */
import { createCanvas } from '@napi-rs/canvas';
import type { Timeline } from '../timeline/Timeline.ts';
import type { FrameIndex } from '../units/units.ts';
import { backgroundSceneOf } from './background/BackgroundScene.ts';
import { composeFrame, isIndoor, particleLightOf, type FrameScene } from './frame/composeFrame.ts';
import { lightingFor } from './lighting/lightingFor.ts';
import { modelFor } from './models/modelFor.ts';
import { gradeFor } from './post/gradeFor.ts';

export interface FrameRenderer {
  readonly width: number;
  readonly height: number;
  /** RGBA, width × height × 4 bytes; the view may be reused by the next call. */
  render(frame: FrameIndex): Uint8Array;
}

export interface FrameRendererOptions {
  /** Film grain opacity, 0 (default, off) to ~0.08. */
  grain?: number;
}

export function createFrameRenderer(timeline: Timeline, options: FrameRendererOptions = {}): FrameRenderer {
  const { width, height } = timeline;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const env = timeline.plan.environment;
  const scene = { ...backgroundSceneOf(env, timeline.plan.seed), groundMaterial: timeline.groundMaterial };
  const lighting = lightingFor(scene);
  const indoor = isIndoor(env.setting);
  const space = timeline.groundMaterial === 'none' || env.setting === 'space';
  const fs: FrameScene = {
    timeline,
    scene,
    lighting,
    models: timeline.entities.map((e) => modelFor(e.kind)),
    grade: gradeFor(env.timeOfDay, { indoor, space }),
    grain: options.grain ?? 0,
    indoor,
    space,
    particleLight: particleLightOf(lighting),
  };
  return {
    width,
    height,
    render(frame: FrameIndex): Uint8Array {
      composeFrame(ctx, fs, frame);
      // The frame is opaque, so Skia's premultiplied pixels are plain RGBA.
      const data = canvas.data();
      return new Uint8Array(data.buffer, data.byteOffset, width * height * 4);
    },
  };
}
