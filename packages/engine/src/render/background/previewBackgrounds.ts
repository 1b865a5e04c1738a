/**
 * Developer preview: renders backgrounds for every setting (or a chosen list) into one contact
 * sheet PNG, to look at while tuning. Not part of the engine.
 *
 *   node --import tsx packages/engine/src/render/background/previewBackgrounds.ts out.png [setting[:time[:weather]] ...]
 */
import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { viewBasis } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';
import { settingOf, SETTING_IDS } from '../../ontology/ontology.ts';
import type { TimeOfDay, Weather } from '../../plan/scenePlanSchema.ts';
import { radians, seconds } from '../../units/units.ts';
import { lightingFor } from '../lighting/lightingFor.ts';
import type { BackgroundScene } from './BackgroundScene.ts';
import { drawBackground } from './drawBackground.ts';

const args = process.argv.slice(2);
const out = args[0] ?? '/tmp/backgrounds.png';
const specs = args.length > 1 ? args.slice(1) : SETTING_IDS.map((s) => `${s}:noon:clear`);
const w = Number(process.env.W ?? 270);
const h = Number(process.env.H ?? 480);
const t = Number(process.env.T ?? 1);
const eye = (process.env.EYE ?? '0,1.6,8').split(',').map(Number) as unknown as Vec3;
const target = (process.env.TARGET ?? '0,0.8,0').split(',').map(Number) as unknown as Vec3;
const roll = Number(process.env.ROLL ?? 0);
const cols = Math.min(specs.length, Number(process.env.COLS ?? 6));
const rows = Math.ceil(specs.length / cols);
const sheet = createCanvas(cols * w, rows * (h + 16));
const sctx = sheet.getContext('2d');
sctx.fillStyle = '#222';
sctx.fillRect(0, 0, sheet.width, sheet.height);
specs.forEach((spec, i) => {
  const [setting, time = 'noon', weather = 'clear'] = spec.split(':');
  const s = settingOf(setting!);
  const scene: BackgroundScene = {
    setting: setting!,
    timeOfDay: time as TimeOfDay,
    weather: weather as Weather,
    water: s.water ? [{ ...s.water, kind: s.water.kind as BackgroundScene['water'][number]['kind'] }] : [],
    groundMaterial: s.ground,
    seed: Number(process.env.SEED ?? 7),
  };
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  const basis = viewBasis({ position: eye, target, fovY: radians((50 * Math.PI) / 180), roll: radians(roll) }, w, h);
  drawBackground(ctx, scene, basis, lightingFor(scene), seconds(t), w, h);
  const x = (i % cols) * w;
  const y = Math.floor(i / cols) * (h + 16);
  sctx.drawImage(c, x, y);
  sctx.fillStyle = '#eee';
  sctx.font = '11px sans-serif';
  sctx.fillText(spec, x + 3, y + h + 12);
});
writeFileSync(out, sheet.toBuffer('image/png'));
console.log(`wrote ${out}`);
