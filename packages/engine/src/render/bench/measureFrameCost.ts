/**
 * How long one frame takes to draw at 720×1280 with 20 entities, weather and post, on one core.
 * Not a test (timings are not asserted): run it and read the figures.
 *
 *   [CAMERA=static] [CAST=props] node --import tsx packages/engine/src/render/bench/measureFrameCost.ts [setting] [weather] [runs]
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

// CAST=mixed (default): characters, animals, a bicycle and props, ~440 parts. CAST=props: the
// kind of cast a "balls and boxes" prompt makes, ~100 parts.
const CASTS: Record<string, string[]> = {
  mixed: ['person', 'dog', 'ball', 'crate', 'barrel', 'beach-ball', 'chair', 'table', 'bicycle', 'traffic-cone', 'robot', 'cat', 'soccer-ball', 'bucket', 'lamp', 'teddy-bear', 'rubber-duck', 'watermelon', 'umbrella', 'bottle'],
  props: ['ball', 'crate', 'beach-ball', 'cube', 'soccer-ball', 'basketball', 'tennis-ball', 'cylinder', 'pyramid', 'can', 'bowling-ball', 'apple', 'orange', 'rock', 'domino', 'book', 'ball', 'crate', 'cube', 'bottle'],
};
const KINDS = CASTS[process.env.CAST ?? 'mixed'] ?? CASTS.mixed!;
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

// CPU time of this process, minimum over interleaved rounds: a shared machine only adds time,
// and interleaving exposes every variant to the same conditions.
const variants: [string, (frame: number) => void][] = [
  ['read back alone', () => {
    ctx.fillStyle = '#808080';
    ctx.fillRect(0, 0, W, H);
    canvas.data();
  }],
  ['background + read back', (f) => {
    const s = timeline.frames[f % timeline.frameCount]!;
    drawBackground(ctx, fs.scene, viewBasis(s.camera, W, H), fs.lighting, s.time, W, H);
    canvas.data();
  }],
  ['frame + read back', (f) => {
    composeFrame(ctx, fs, (f % timeline.frameCount) as FrameIndex);
    canvas.data();
  }],
  ['frame, JavaScript only', (f) => {
    composeFrame(ctx, fs, (f % timeline.frameCount) as FrameIndex);
    ctx.fillStyle = '#808080';
    ctx.fillRect(0, 0, W, H); // lets Skia drop the recorded frame without rasterising it
  }],
];
const best = variants.map(() => Infinity);
for (let round = 0; round < runs; round++) {
  variants.forEach(([, run], i) => {
    const s = process.cpuUsage();
    run(round);
    const d = process.cpuUsage(s);
    best[i] = Math.min(best[i]!, (d.user + d.system) / 1000);
  });
}
const [readback, background, full, js] = best as [number, number, number, number];
console.log(`${setting}/${weather} ${W}x${H}, ${timeline.entities.length} entities (${parts} parts), grain ${fs.grain}, camera ${move.type}; CPU ms, min of ${runs}`);
console.log(`read back alone          ${readback.toFixed(2)}`);
console.log(`background (drawn)       ${(background - readback).toFixed(2)}`);
console.log(`whole frame (drawn)      ${(full - readback).toFixed(2)}   of which JavaScript ${js.toFixed(2)}`);
console.log(`all but the background   ${(full - background).toFixed(2)}`);
