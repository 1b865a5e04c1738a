import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import { viewBasis } from '../../math/projectPoint.ts';
import { radians } from '../../units/units.ts';
import { drawWeather, type WeatherParticles } from './drawWeather.ts';

const W = 160, H = 120;
const basis = viewBasis({ position: [0, 1.6, 5], target: [0, 1, 0], fovY: radians(0.9), roll: radians(0) }, W, H);

function render(w: WeatherParticles, t: number): Uint8Array {
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#202830';
  ctx.fillRect(0, 0, W, H);
  drawWeather(ctx, basis, w, t, W, H);
  return new Uint8Array(c.data());
}

const rain: WeatherParticles = { kind: 'rain', intensity: 1, wind: [1, 0], seed: 3, tint: '200,210,220' };

test('weather at a time is the same however often and in whatever order it is drawn', () => {
  const a = render(rain, 1.5);
  render(rain, 0.2);
  assert.deepEqual(render(rain, 1.5), a);
});

test('rain falls: later frames differ, and a different seed gives different drops', () => {
  assert.notDeepEqual(render(rain, 1.5), render(rain, 1.55));
  assert.notDeepEqual(render(rain, 1.5), render({ ...rain, seed: 4 }, 1.5));
});

test('snow and rain both brighten a dark scene', () => {
  const dark = render({ ...rain, intensity: 0 }, 1);
  const lum = (px: Uint8Array): number => px.reduce((s, v, i) => (i % 4 === 3 ? s : s + v), 0);
  assert.ok(lum(render(rain, 1)) > lum(dark));
  assert.ok(lum(render({ ...rain, kind: 'snow' }, 1)) > lum(dark));
});
