/**
 * Per-frame cost of backgrounds at 720x1280 on one core: a static camera (cached still part
 * plus moving clouds and water) and a moving camera (everything drawn each frame).
 *
 *   node --import tsx packages/engine/src/render/background/benchmarkBackground.ts [setting[:time[:weather]] ...]
 */
import { createCanvas } from '@napi-rs/canvas';
import { viewBasis } from '../../math/projectPoint.ts';
import { settingOf, SETTING_IDS } from '../../ontology/ontology.ts';
import type { TimeOfDay, Weather } from '../../plan/scenePlanSchema.ts';
import { radians, seconds } from '../../units/units.ts';
import { lightingFor } from '../lighting/lightingFor.ts';
import type { BackgroundScene } from './BackgroundScene.ts';
import { clearBackgroundCache, drawBackground } from './drawBackground.ts';

const W = Number(process.env.W ?? 720);
const H = Number(process.env.H ?? 1280);
const FRAMES = Number(process.env.FRAMES ?? 60);
const specs = process.argv.length > 2 ? process.argv.slice(2) : SETTING_IDS.map((s) => `${s}:noon:clear`);
const canvas = createCanvas(W, H);
const ctx = canvas.getContext('2d');
const fov = radians((50 * Math.PI) / 180);

function sceneOf(spec: string): BackgroundScene {
  const [setting, time = 'noon', weather = 'clear'] = spec.split(':');
  const s = settingOf(setting!);
  return {
    setting: setting!,
    timeOfDay: time as TimeOfDay,
    weather: weather as Weather,
    water: s.water ? [{ ...s.water, kind: s.water.kind as BackgroundScene['water'][number]['kind'] }] : [],
    groundMaterial: s.ground,
    seed: 7,
  };
}

function run(scene: BackgroundScene, moving: boolean): number {
  clearBackgroundCache();
  const lighting = lightingFor(scene);
  const times: number[] = [];
  for (let f = 0; f < FRAMES + 5; f++) {
    const a = moving ? f * 0.01 : 0;
    const basis = viewBasis({ position: [8 * Math.sin(a), 1.6, 8 * Math.cos(a)], target: [0, 0.8, 0], fovY: fov, roll: radians(0) }, W, H);
    // CPU time rather than wall time: the machine is shared, and drawing is single-threaded.
    const t0 = process.cpuUsage();
    drawBackground(ctx, scene, basis, lighting, seconds(f / 30), W, H);
    ctx.getImageData(0, 0, 1, 1); // make Skia finish drawing before the clock stops
    const used = process.cpuUsage(t0);
    const dt = (used.user + used.system) / 1000;
    if (f >= 5) times.push(dt);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

// Reading one pixel back flushes Skia's drawing; alone it costs this much per frame.
const t0 = process.cpuUsage();
for (let i = 0; i < 50; i++) {
  ctx.fillRect(0, 0, 1, 1);
  ctx.getImageData(0, 0, 1, 1);
}
const used = process.cpuUsage(t0);
const readCost = (used.user + used.system) / 1000 / 50;
console.log(`${W}x${H}, CPU ms per frame: best of ${process.env.ROUNDS ?? 3} medians over ${FRAMES} frames (a bare flush costs ${readCost.toFixed(3)} ms and is included)`);
let sumStatic = 0;
let sumMoving = 0;
// The machine may be shared: take the best of a few rounds for each.
const ROUNDS = Number(process.env.ROUNDS ?? 3);
for (const spec of specs) {
  const scene = sceneOf(spec);
  let s = Infinity;
  let m = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    s = Math.min(s, run(scene, false));
    m = Math.min(m, run(scene, true));
  }
  sumStatic += s;
  sumMoving += m;
  console.log(`${spec.padEnd(28)} static ${s.toFixed(2).padStart(6)}   moving ${m.toFixed(2).padStart(6)}`);
}
console.log(`${'mean'.padEnd(28)} static ${(sumStatic / specs.length).toFixed(2).padStart(6)}   moving ${(sumMoving / specs.length).toFixed(2).padStart(6)}`);
