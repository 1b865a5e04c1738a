import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TIMES_OF_DAY, WEATHERS } from '../../plan/scenePlanSchema.ts';
import type { BackgroundScene } from '../background/BackgroundScene.ts';
import { lightingFor } from './lightingFor.ts';

const scene = (over: Partial<BackgroundScene>): BackgroundScene => ({
  setting: 'meadow',
  timeOfDay: 'noon',
  weather: 'clear',
  water: [],
  groundMaterial: 'grass',
  seed: 1,
  ...over,
});

const elevation = (s: Partial<BackgroundScene>): number => lightingFor(scene(s)).sunDirection[1];
const HEX = /^#[0-9a-f]{6}$/i;

test('the sun climbs through the morning, peaks at noon and sets low', () => {
  assert.ok(elevation({ timeOfDay: 'noon' }) > elevation({ timeOfDay: 'morning' }));
  assert.ok(elevation({ timeOfDay: 'noon' }) > elevation({ timeOfDay: 'afternoon' }));
  assert.ok(elevation({ timeOfDay: 'morning' }) > elevation({ timeOfDay: 'dawn' }));
  assert.ok(elevation({ timeOfDay: 'sunset' }) < 0.15 && elevation({ timeOfDay: 'sunset' }) > 0);
});

test('every combination gives a unit light direction above the horizon and valid colours', () => {
  for (const setting of ['meadow', 'kitchen', 'space', 'moon', 'studio']) {
    for (const timeOfDay of TIMES_OF_DAY) {
      for (const weather of WEATHERS) {
        const l = lightingFor(scene({ setting, timeOfDay, weather, groundMaterial: setting === 'space' ? 'none' : 'grass' }));
        assert.ok(Math.abs(Math.hypot(...l.sunDirection) - 1) < 1e-9);
        assert.ok(l.sunDirection[1] > 0);
        for (const c of [l.sunColour, l.ambientColour, l.skyTop, l.skyHorizon, l.fogColour]) assert.match(c, HEX);
        for (const v of [l.ambientIntensity, l.fogDensity, l.shadowStrength]) assert.ok(v >= 0 && v <= 1);
        assert.ok(l.sunIntensity >= 0 && l.sunIntensity <= 1.5);
      }
    }
  }
});

test('night is lit by a dim moon under a dark starry sky', () => {
  const night = lightingFor(scene({ timeOfDay: 'night' }));
  const noon = lightingFor(scene({}));
  assert.equal(night.lightSource, 'moon');
  assert.ok(night.sunIntensity < noon.sunIntensity / 2);
  assert.ok((night.starVisibility ?? 0) > 0.5);
  assert.equal(noon.starVisibility, 0);
});

test('cloud, rain, storms and fog flatten the light and soften shadows', () => {
  const clear = lightingFor(scene({}));
  for (const weather of ['cloudy', 'rain', 'storm', 'fog'] as const) {
    const l = lightingFor(scene({ weather }));
    assert.ok(l.shadowStrength < clear.shadowStrength / 2, weather);
    assert.ok(l.sunIntensity < clear.sunIntensity, weather);
  }
  assert.ok(lightingFor(scene({ weather: 'fog' })).fogDensity > 0.6);
  assert.ok((lightingFor(scene({ weather: 'storm' })).cloudCover ?? 0) > 0.9);
});

test('interiors are lamp-lit and warm; the window still shows the time of day', () => {
  const room = lightingFor(scene({ setting: 'living-room', groundMaterial: 'wood' }));
  const [r, , b] = [parseInt(room.sunColour.slice(1, 3), 16), 0, parseInt(room.sunColour.slice(5, 7), 16)];
  assert.equal(room.indoor, true);
  assert.equal(room.lightSource, 'lamp');
  assert.ok(r > b, 'warm light');
  assert.equal(room.skyTop, lightingFor(scene({})).skyTop);
});

test('space has a hard white sun, a black sky and almost no fill light', () => {
  const l = lightingFor(scene({ setting: 'space', groundMaterial: 'none' }));
  assert.equal(l.skyTop, '#000000');
  assert.equal(l.sunColour, '#ffffff');
  assert.ok(l.sunIntensity >= 1.3);
  assert.ok(l.ambientIntensity < 0.05);
  assert.equal(l.shadowStrength, 1);
  assert.equal(l.fogDensity, 0);
});
