/**
 * Draws everything behind the entities for one frame: sky, sun and stars, far scenery, the
 * ground in perspective, water and room interiors, seen through the frame's camera.
 *
 * The still part of the backdrop depends only on (scene, light, camera pose, size). When the
 * same pose comes twice in a row (a static camera) it is drawn once into an offscreen canvas
 * and each later frame costs one drawImage plus the moving parts (drifting clouds, waves,
 * lightning). Drawing directly or through the cache gives identical pixels, so output never
 * depends on which frames a worker happened to render before.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { ViewBasis } from '../../math/projectPoint.ts';
import type { Seconds } from '../../units/units.ts';
import type { Lighting } from '../lighting/Lighting.ts';
import type { BackdropLayer, BackdropView } from './BackdropView.ts';
import type { BackgroundScene } from './BackgroundScene.ts';
import { composeBackdrop } from './composeBackdrop.ts';
import { horizonOf } from './geometry/horizon.ts';
import { sceneLightOf } from './geometry/shading.ts';
import { SkylineEnvelope } from './geometry/SkylineEnvelope.ts';

interface StaticEntry {
  key: string;
  view: BackdropView;
  canvas: Canvas | null;
}

const MAX_STATIC_ENTRIES = 2;
const MAX_BACKDROPS = 4;
const backdrops = new Map<string, BackdropLayer[]>();
const statics: StaticEntry[] = [];
let lastViewKey = '';

function backdropFor(sceneKey: string, scene: BackgroundScene, lighting: Lighting): BackdropLayer[] {
  let layers = backdrops.get(sceneKey);
  if (!layers) {
    layers = composeBackdrop(scene, lighting);
    if (backdrops.size >= MAX_BACKDROPS) backdrops.delete(backdrops.keys().next().value!);
    backdrops.set(sceneKey, layers);
  }
  return layers;
}

function makeView(scene: BackgroundScene, basis: ViewBasis, lighting: Lighting, width: number, height: number): BackdropView {
  const horizon = horizonOf(basis);
  return {
    scene,
    basis,
    width,
    height,
    horizon,
    lighting,
    light: sceneLightOf(lighting),
    skyline: new SkylineEnvelope(horizon, width, height),
    focal: basis.focal,
    waterClip: null,
    skyClip: null,
  };
}

function drawStaticLayers(ctx: SKRSContext2D, layers: readonly BackdropLayer[], view: BackdropView): void {
  for (const layer of layers) {
    if (!layer.drawStatic) continue;
    ctx.save();
    layer.drawStatic(ctx, view);
    ctx.restore();
  }
  view.skyClip = view.skyline.skyPath();
}

function resetState(ctx: SKRSContext2D): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'source-over';
}

export function drawBackground(
  ctx: SKRSContext2D,
  scene: BackgroundScene,
  basis: ViewBasis,
  lighting: Lighting,
  time: Seconds,
  width: number,
  height: number,
): void {
  const sceneKey = JSON.stringify([scene, lighting]);
  const layers = backdropFor(sceneKey, scene, lighting);
  const viewKey = `${sceneKey}|${width}x${height}|${JSON.stringify([basis.eye, basis.right, basis.up, basis.forward, basis.focal, basis.cx, basis.cy])}`;
  ctx.save();
  resetState(ctx);
  let entry = statics.find((e) => e.key === viewKey);
  if (entry?.canvas) {
    ctx.drawImage(entry.canvas, 0, 0);
  } else if (lastViewKey === viewKey) {
    // Second frame with the same pose: the camera is holding still, so keep the still part.
    const canvas = createCanvas(width, height);
    const offscreen = canvas.getContext('2d');
    const view = makeView(scene, basis, lighting, width, height);
    drawStaticLayers(offscreen, layers, view);
    entry = { key: viewKey, view, canvas };
    statics.push(entry);
    if (statics.length > MAX_STATIC_ENTRIES) statics.shift();
    ctx.drawImage(canvas, 0, 0);
  } else {
    const view = makeView(scene, basis, lighting, width, height);
    drawStaticLayers(ctx, layers, view);
    entry = { key: viewKey, view, canvas: null };
  }
  lastViewKey = viewKey;
  for (const layer of layers) {
    if (!layer.drawAnimated) continue;
    ctx.save();
    resetState(ctx);
    layer.drawAnimated(ctx, entry.view, time);
    ctx.restore();
  }
  ctx.restore();
}

/** Forget cached backdrops (tests, or a long-running worker switching jobs). */
export function clearBackgroundCache(): void {
  backdrops.clear();
  statics.length = 0;
  lastViewKey = '';
}
