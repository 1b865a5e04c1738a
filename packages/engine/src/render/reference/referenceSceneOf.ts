/**
 * What a timeline's reference images change in the frame, worked out once per renderer: the
 * product textures, and for a plate the backdrop, the light matched to it and the opening
 * frames (the plate alone on the first frame, the scene fading in over it).
 */
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import type { ViewBasis } from '../../math/projectPoint.ts';
import type { Timeline } from '../../timeline/Timeline.ts';
import type { Lighting } from '../lighting/Lighting.ts';
import { drawPlate } from './drawPlate.ts';
import { plateLighting } from './plateLighting.ts';
import { productTexturesOf, referenceCanvasOf } from './referenceCanvases.ts';

/** Seconds over which the scene fades in over a plate. */
export const PLATE_INTRO = 0.3;

export interface ReferenceScene {
  textures?: ReadonlyMap<string, Canvas>;
  backdrop?: (ctx: SKRSContext2D, basis: ViewBasis, width: number, height: number) => void;
  lighting(base: Lighting): Lighting;
  /** Draws the plate over the finished frame during the opening fade (nothing afterwards). */
  intro?: (ctx: SKRSContext2D, frame: number) => void;
}

const scenes = new WeakMap<Timeline, ReferenceScene>();

export function referenceSceneOf(timeline: Timeline): ReferenceScene {
  let scene = scenes.get(timeline);
  if (!scene) {
    scene = buildReferenceScene(timeline);
    scenes.set(timeline, scene);
  }
  return scene;
}

function buildReferenceScene(timeline: Timeline): ReferenceScene {
  const refs = timeline.references ?? [];
  const textures = productTexturesOf(refs);
  const plateRef = refs.find((r) => r.mode === 'plate');
  const scene: ReferenceScene = { lighting: (base) => base };
  if (textures.size > 0) scene.textures = textures;
  if (!plateRef) return scene;
  const plate = referenceCanvasOf(plateRef);
  const { width, height, fps } = timeline;
  const introFrames = Math.max(1, Math.round(PLATE_INTRO * fps));
  scene.backdrop = (ctx) => drawPlate(ctx, plate, width, height);
  scene.lighting = (base) => plateLighting(base, plateRef);
  scene.intro = (ctx, frame) => {
    if (frame >= introFrames) return;
    ctx.save();
    ctx.globalAlpha = 1 - frame / introFrames;
    drawPlate(ctx, plate, width, height);
    ctx.restore();
  };
  return scene;
}
