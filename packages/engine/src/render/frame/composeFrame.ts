/**
 * One frame, composed: backdrop → ground shadows → every part of every entity, depth-sorted
 * together (what is under water seen tinted through it) → weather, splashes and dust → post.
 * Everything here is a function of the timeline and the frame index alone.
 */
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { viewBasis, type ViewBasis } from '../../math/projectPoint.ts';
import { settingOf } from '../../ontology/ontology.ts';
import type { FrameState, Timeline } from '../../timeline/Timeline.ts';
import type { BackgroundScene } from '../background/BackgroundScene.ts';
import { drawBackground } from '../background/drawBackground.ts';
import { linearColour } from '../colour/rgb.ts';
import type { Lighting } from '../lighting/Lighting.ts';
import type { ModelBuilder } from '../model/Part.ts';
import { faceAt, type FaceTracks } from '../../lipsync/faceTracksOf.ts';
import { drawPart, pixelsPerMetre } from '../parts/drawParts.ts';
import { placeParts, type PlacedPart } from '../parts/PlacedPart.ts';
import { addPolygon } from '../parts/screenPath.ts';
import { createShadeEnv, type ShadeEnv } from '../parts/ShadeEnv.ts';
import { PaintBatch } from '../parts/PaintBatch.ts';
import { sortParts } from '../parts/sortParts.ts';
import { drawDust } from '../particles/drawDust.ts';
import { drawSplashes } from '../particles/drawSplashes.ts';
import { drawWeather } from '../particles/drawWeather.ts';
import { drawPost } from '../post/drawPost.ts';
import type { Grade } from '../post/gradeFor.ts';
import { drawGroundShadow } from '../shadows/drawGroundShadow.ts';
import { entityEllipsoid } from '../shadows/entityEllipsoid.ts';
import { waterlineOf, type Waterline } from '../water/waterlineOf.ts';
import { waterTint } from '../water/waterTint.ts';
import type { StyleStage } from '../style/StyleStage.ts';

export interface FrameScene {
  timeline: Timeline;
  scene: BackgroundScene;
  lighting: Lighting;
  models: readonly ModelBuilder[];
  /** Per entity: mouth cues, blinks and speaking beats (null for things); omitted = idle faces. */
  faces?: FaceTracks;
  grade: Grade;
  grain: number;
  indoor: boolean;
  space: boolean;
  /** Brightness of the scene light for particles, 0..1. */
  particleLight: number;
  /** The render style's stage (shading, textures, post); omitted = plain rendering. */
  style?: StyleStage;
  /** Reference images printed on products, by name. */
  textures?: ReadonlyMap<string, Canvas>;
  /** Replaces the scene background (a reference plate; tests that must not change when backgrounds do). */
  backdrop?: (ctx: SKRSContext2D, basis: ViewBasis, width: number, height: number) => void;
}

export function isIndoor(setting: string): boolean {
  try {
    return settingOf(setting).indoor;
  } catch {
    return false;
  }
}

export function drawShadows(ctx: SKRSContext2D, fs: FrameScene, frame: FrameState, basis: ViewBasis): void {
  const { timeline, lighting, scene } = fs;
  if (timeline.groundMaterial === 'none' || lighting.shadowStrength <= 0.01) return;
  const water = scene.water[0];
  timeline.entities.forEach((entity, i) => {
    const pose = frame.poses[i];
    if (!pose) return;
    const body = entityEllipsoid(entity.collider, pose.position, pose.rotation);
    const onWater = water !== undefined;
    drawGroundShadow(ctx, basis, body, {
      sunDirection: lighting.sunDirection,
      strength: lighting.shadowStrength * (onWater ? 0.35 : 1),
      planeY: onWater ? water.level : 0,
    });
  });
}

export function drawEntities(ctx: SKRSContext2D, fs: FrameScene, frame: FrameState, basis: ViewBasis): void {
  const { timeline, models, lighting, scene } = fs;
  const placed: PlacedPart[] = [];
  timeline.entities.forEach((entity, i) => {
    const pose = frame.poses[i];
    if (!pose) return;
    const track = fs.faces?.[i];
    const parts = models[i]!({ entity, pose, time: frame.time, ...(track ? { face: faceAt(track, frame.time) } : {}) });
    placeParts(parts, pose.position, pose.rotation, i, placed);
  });
  const env = createShadeEnv(basis, lighting);
  if (fs.textures) env.textures = fs.textures;
  if (fs.style?.parts) env.style = fs.style.parts;
  const water = scene.water[0];
  // Which entities meet the water this frame, and how.
  const lines: (Waterline | null)[] = timeline.entities.map((entity, i) => {
    const pose = frame.poses[i];
    if (!water || !pose) return null;
    const w = waterlineOf(basis, entity.collider, pose.position, pose.rotation, water.level, timeline.height);
    return w.kind === 'dry' ? null : w;
  });
  const tintEnv: ShadeEnv | null = water ? { ...env } : null;
  const batch = new PaintBatch(ctx);
  env.batch = batch;
  const sorted = sortParts(basis, placed);
  const last = new Map<number, number>();
  sorted.forEach((sp, k) => last.set(sp.placed.group, k));
  sorted.forEach((sp, k) => {
    if (sp.depth + sp.extent <= 0.05) return;
    const px = pixelsPerMetre(env, sp.depth);
    drawPart(ctx, env, sp.placed, px);
    const line = lines[sp.placed.group];
    if (!line || !tintEnv || !water) return;
    batch.flush();
    // Redraw the part's outline in the water colour, clipped to what lies under the surface.
    const depth = line.kind === 'under' ? line.depth : 0;
    tintEnv.flatFill = waterTint(water.kind, lighting, Math.min(0.88, 0.5 + depth * 0.25));
    ctx.save();
    if (line.kind === 'crossing') {
      ctx.beginPath();
      addPolygon(ctx, line.region);
      ctx.clip();
    }
    drawPart(ctx, tintEnv, sp.placed, px);
    ctx.restore();
    if (line.kind === 'crossing' && last.get(sp.placed.group) === k) drawMeniscus(ctx, line.front, fs.particleLight);
  });
  batch.flush();
}

/** A bright line where a floating thing meets the surface. */
function drawMeniscus(ctx: SKRSContext2D, front: readonly { x: number; y: number }[], light: number): void {
  if (front.length < 2) return;
  const span = Math.abs(front[front.length - 1]!.x - front[0]!.x);
  ctx.save();
  ctx.lineCap = 'round';
  ctx.strokeStyle = `rgba(235,245,250,${(0.55 * light).toFixed(3)})`;
  ctx.lineWidth = Math.max(1, Math.min(4, span * 0.02));
  ctx.beginPath();
  front.forEach((p, k) => (k ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
  ctx.stroke();
  ctx.restore();
}

export function drawParticles(ctx: SKRSContext2D, fs: FrameScene, frame: FrameState, basis: ViewBasis): void {
  const { timeline, scene } = fs;
  const t = frame.time;
  const light = fs.particleLight;
  const water = scene.water[0];
  if (water) {
    const c = (v: number): number => Math.round(v * (0.45 + 0.55 * light));
    drawSplashes(ctx, basis, timeline.events, t, {
      level: water.level,
      gravity: timeline.gravity > 0 ? timeline.gravity : 9.81,
      droplet: `${c(236)},${c(244)},${c(250)}`,
      ripple: `${c(225)},${c(238)},${c(246)}`,
    });
  }
  drawDust(ctx, basis, timeline.events, t, timeline.groundMaterial, timeline.gravity, 0.55 + 0.45 * light);
  if (!fs.indoor && !fs.space && (scene.weather === 'rain' || scene.weather === 'storm' || scene.weather === 'snow')) {
    const wind = timeline.plan.environment.wind;
    const dir = (wind.direction * Math.PI) / 180;
    const extra = scene.weather === 'storm' ? 4 : 0;
    const speed = wind.speed + extra;
    const snow = scene.weather === 'snow';
    const c = (v: number): number => Math.round(v * (0.5 + 0.5 * light));
    drawWeather(ctx, basis, {
      kind: snow ? 'snow' : 'rain',
      intensity: scene.weather === 'storm' ? 1.6 : 1,
      wind: [Math.cos(dir) * speed * (snow ? 0.5 : 0.25), -Math.sin(dir) * speed * (snow ? 0.5 : 0.25)],
      seed: timeline.plan.seed,
      tint: snow ? `${c(250)},${c(252)},${c(255)}` : `${c(205)},${c(215)},${c(228)}`,
    }, t, timeline.width, timeline.height);
  }
}

/** Light level of the scene, 0..1, for things drawn without shading (particles, foam). */
export function particleLightOf(lighting: Lighting): number {
  const s = linearColour(lighting.sunColour);
  const a = linearColour(lighting.ambientColour);
  const v = (s[0] + s[1] + s[2]) / 3 * lighting.sunIntensity * 0.6 + (a[0] + a[1] + a[2]) / 3 * lighting.ambientIntensity;
  return Math.max(0.25, Math.min(1, v * 1.4));
}

export function composeFrame(ctx: SKRSContext2D, fs: FrameScene, index: number): void {
  const { timeline } = fs;
  const drawn = fs.style ? fs.style.drawingFrame(index) : index;
  if (fs.style?.reuseDrawing(ctx, drawn)) return;
  const frame = timeline.frames[Math.max(0, Math.min(timeline.frames.length - 1, drawn))]!;
  const { width, height } = timeline;
  const basis = viewBasis(frame.camera, width, height);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'source-over';
  if (fs.backdrop) fs.backdrop(ctx, basis, width, height);
  else drawBackground(ctx, fs.scene, basis, fs.lighting, frame.time, width, height);
  // A given backdrop (a reference picture) stays sharp and whole; the style's post still applies.
  if (!fs.backdrop) fs.style?.afterBackground(ctx, ctx.canvas);
  drawShadows(ctx, fs, frame, basis);
  drawEntities(ctx, fs, frame, basis);
  drawParticles(ctx, fs, frame, basis);
  fs.style?.afterEntities(ctx, frame, basis);
  drawPost(ctx, width, height, { grade: fs.grade, grain: fs.grain, seed: timeline.plan.seed, frame: frame.index });
  fs.style?.post(ctx, ctx.canvas, frame.index);
  fs.style?.keepDrawing(ctx, drawn);
}
