/**
 * How long one frame takes to draw at 720×1280 with 20 entities, weather and post, on one core.
 * Not a test (timings are not asserted): run it and read the figures.
 *
 *   node --import tsx packages/engine/src/render/bench/measureFrameCost.ts [setting] [weather]
 *
 * Skia records drawing and rasterises when pixels are read, so the drawing cost is measured as
 * (compose + read back) minus (one opaque fill + read back), in CPU time; minima over many runs,
 * because a shared machine only ever adds time.
 */
import { createCanvas } from '@napi-rs/canvas';
import { axisAngle, type Vec3 } from '../../math/vec3.ts';
import type { Weather } from '../../plan/scenePlanSchema.ts';
import type { FrameIndex } from '../../units/units.ts';
import { planCamera } from '../../world/camera/planCamera.ts';
import { composeFrame } from '../frame/composeFrame.ts';
import { frameSceneOf } from '../frame/frameSceneOf.ts';
import { drawBackground } from '../background/drawBackground.ts';
import { viewBasis } from '../../math/projectPoint.ts';
import { lookAt, scriptedTimeline, type ScriptedEntity } from '../testing/scriptedTimeline.ts';

const setting = process.argv[2] ?? 'meadow';
const weather = (process.argv[3] ?? 'rain') as Weather;
const runs = Number(process.argv[4] ?? 40);
const W = 720, H = 1280;

const KINDS = ['person', 'dog', 'ball', 'crate', 'barrel', 'beach-ball', 'chair', 'table', 'bicycle', 'traffic-cone', 'robot', 'cat', 'soccer-ball', 'bucket', 'lamp', 'teddy-bear', 'rubber-duck', 'watermelon', 'umbrella', 'bottle'];
const entities: ScriptedEntity[] = KINDS.map((kind, i) => {
  const x = ((i % 5) - 2) * 1.3;
  const z = -Math.floor(i / 5) * 1.4 + 1.5;
  const standing = kind === 'person' || kind === 'robot' ? 0.85 : 0.45;
  return { kind, pose: (t: number) => ({ position: [x, standing + 0.2 * Math.abs(Math.sin(t * 2 + i)), z] as Vec3, rotation: axisAngle([0, 1, 0], t + i), gait: 'walk' as const, gaitPhase: t }) };
});
const timeline = scriptedTimeline({
  setting, weather, width: W, height: H, duration: 2, entities,
  camera: lookAt([0, 3, 8], [0, 0.6, -1], 55),
  events: [{ type: 'contact', time: 0.9 as never, frame: 27 as never, a: 'ball-2', b: 'ground', materials: ['rubber', 'grass'], impulse: 2, normalSpeed: 3, position: [0, 0, 0] }],
});
// Frame the whole cast the way generated videos do, with a slow orbit so the backdrop moves.
const move = process.env.CAMERA === 'static' ? ({ type: 'static' } as const) : ({ type: 'orbit', amount: 20 } as const);
timeline.plan.camera = { framing: 'wide', moves: [move] };
const cameras = planCamera(timeline.plan, timeline.entities, timeline.frames.map((f) => f.poses.map((p) => p.position)), timeline.fps);
timeline.frames.forEach((f, i) => (f.camera = cameras[i]!));
const fs = frameSceneOf(timeline, { grain: Number(process.env.GRAIN ?? 0) });

const canvas = createCanvas(W, H);
const ctx = canvas.getContext('2d');
let parts = 0;
for (let i = 0; i < timeline.entities.length; i++) parts += fs.models[i]!({ entity: timeline.entities[i]!, pose: timeline.frames[0]!.poses[i]!, time: timeline.frames[0]!.time }).length;

// CPU time of this process (all its threads), not wall time: other work on a shared machine
// then inflates the figures less.
const minOf = (f: () => void): { min: number; median: number } => {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = process.cpuUsage();
    f();
    const d = process.cpuUsage(s);
    t.push((d.user + d.system) / 1000);
  }
  t.sort((a, b) => a - b);
  return { min: t[0]!, median: t[Math.floor(t.length / 2)]! };
};
const baseline = minOf(() => {
  ctx.fillStyle = '#808080';
  ctx.fillRect(0, 0, W, H);
  canvas.data();
});
let frame = 0;
const full = minOf(() => {
  composeFrame(ctx, fs, (frame++ % timeline.frameCount) as FrameIndex);
  canvas.data();
});
frame = 0;
const js = minOf(() => {
  composeFrame(ctx, fs, (frame++ % timeline.frameCount) as FrameIndex);
  ctx.fillStyle = '#808080';
  ctx.fillRect(0, 0, W, H); // lets Skia drop the recorded frame without rasterising it
});
frame = 0;
const backgroundOnly = minOf(() => {
  const f = timeline.frames[frame++ % timeline.frameCount]!;
  drawBackground(ctx, fs.scene, viewBasis(f.camera, W, H), fs.lighting, f.time, W, H);
  canvas.data();
});
console.log(`${setting}/${weather} ${W}x${H}, ${timeline.entities.length} entities (${parts} parts), grain ${fs.grain}, camera ${move.type}`);
console.log(`background alone     min ${backgroundOnly.min.toFixed(2)} ms  median ${backgroundOnly.median.toFixed(2)} ms (drawn and read back)`);
console.log(`read back alone      min ${baseline.min.toFixed(2)} ms  median ${baseline.median.toFixed(2)} ms`);
console.log(`frame + read back    min ${full.min.toFixed(2)} ms  median ${full.median.toFixed(2)} ms`);
console.log(`drawing (difference) min ${(full.min - baseline.min).toFixed(2)} ms  median ${(full.median - baseline.median).toFixed(2)} ms`);
console.log(`JavaScript side      min ${js.min.toFixed(2)} ms  median ${js.median.toFixed(2)} ms`);
console.log(`all but background   min ${(full.min - backgroundOnly.min).toFixed(2)} ms  median ${(full.median - backgroundOnly.median).toFixed(2)} ms`);
