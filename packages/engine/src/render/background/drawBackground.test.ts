import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import { viewBasis } from '../../math/projectPoint.ts';
import { radians, seconds } from '../../units/units.ts';
import { lightingFor } from '../lighting/lightingFor.ts';
import { clearBackgroundCache, drawBackground } from './drawBackground.ts';
import { renderBackground, sceneFor } from './testing/renderBackground.ts';

const W = 90;
const H = 160;

function differingPixels(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) n++;
  }
  return n;
}

/** Screen row where the sky (bluish) gives way to the ground (greenish) in the middle column. */
function horizonRow(rgba: Uint8ClampedArray, width: number, height: number): number {
  const x = Math.floor(width / 2);
  for (let y = 0; y < height; y++) {
    const i = (y * width + x) * 4;
    if (rgba[i + 1]! > rgba[i + 2]! + 10) return y;
  }
  return height;
}

test('the same scene, camera and time give identical pixels', () => {
  const shot = { setting: 'lake', timeOfDay: 'sunset' as const, width: W, height: H, time: 2.5 };
  clearBackgroundCache();
  const a = renderBackground(shot);
  clearBackgroundCache();
  const b = renderBackground(shot);
  assert.equal(differingPixels(a, b), 0);
});

test('a held camera drawn through the cache looks exactly like one drawn directly', () => {
  // First frame of a pose is drawn directly; from the second on the still part comes from the cache.
  for (const setting of ['beach', 'city-street', 'bathtub']) {
    clearBackgroundCache();
    const shot = { setting, width: W, height: H, time: 3 };
    const direct = renderBackground(shot);
    renderBackground({ ...shot, time: 1 });
    const cached = renderBackground(shot);
    assert.equal(differingPixels(direct, cached), 0, setting);
  }
});

test('tilting the camera up moves the horizon down the screen', () => {
  const level = renderBackground({ setting: 'meadow', width: W, height: H, target: [0, 1.6, 0] });
  const up = renderBackground({ setting: 'meadow', width: W, height: H, target: [0, 3.6, 0] });
  const down = renderBackground({ setting: 'meadow', width: W, height: H, target: [0, -0.4, 0] });
  const yLevel = horizonRow(level, W, H);
  const yUp = horizonRow(up, W, H);
  const yDown = horizonRow(down, W, H);
  assert.ok(Math.abs(yLevel - H / 2) <= 12, `level camera: horizon near the middle (row ${yLevel})`);
  assert.ok(yUp > yLevel + 15, `tilted up: horizon lower (${yUp} vs ${yLevel})`);
  assert.ok(yDown < yLevel - 15, `tilted down: horizon higher (${yDown} vs ${yLevel})`);
});

test('clouds drift and water moves with time, the rest stays put', () => {
  const still = (setting: string, t: number) => renderBackground({ setting, width: W, height: H, time: t });
  const oceanA = still('ocean', 0);
  const oceanB = still('ocean', 1.5);
  assert.ok(differingPixels(oceanA, oceanB) > 200, 'waves move');
  const studioA = still('studio', 0);
  const studioB = still('studio', 4);
  assert.equal(differingPixels(studioA, studioB), 0, 'a studio backdrop has nothing moving');
  const cloudyA = renderBackground({ setting: 'desert', weather: 'cloudy', width: W, height: H, time: 0 });
  const cloudyB = renderBackground({ setting: 'desert', weather: 'cloudy', width: W, height: H, time: 12 });
  const n = differingPixels(cloudyA, cloudyB);
  assert.ok(n > 20, `clouds drift (${n} pixels changed)`);
  // Only the sky changes: the lower half (ground) is untouched.
  const half = (W * H * 4) / 2;
  assert.equal(differingPixels(cloudyA.subarray(half), cloudyB.subarray(half)), 0);
});

test('a storm flashes with lightning now and then, the same way every time', () => {
  const scene = sceneFor({ setting: 'meadow', weather: 'storm' });
  const lighting = lightingFor(scene);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  const basis = viewBasis({ position: [0, 1.6, 8], target: [0, 0.8, 0], fovY: radians((50 * Math.PI) / 180), roll: radians(0) }, W, H);
  const brightness: number[] = [];
  for (let f = 0; f < 20 * 12; f++) {
    drawBackground(ctx, scene, basis, lighting, seconds(f / 12), W, H);
    const px = ctx.getImageData(W / 2, 4, 1, 1).data;
    brightness.push(px[0]! + px[1]! + px[2]!);
  }
  const base = [...brightness].sort((a, b) => a - b)[Math.floor(brightness.length / 2)]!;
  const flashes = brightness.filter((b) => b > base + 60).length;
  assert.ok(flashes > 0, 'at least one flash in 20 seconds');
  assert.ok(flashes < brightness.length / 4, 'flashes are occasional');
});

test('space has a black sky and no ground; indoors there is no open sky', () => {
  const space = renderBackground({ setting: 'space', width: W, height: H });
  let dark = 0;
  for (let i = 0; i < space.length; i += 4) if (space[i]! + space[i + 1]! + space[i + 2]! < 60) dark++;
  assert.ok(dark / (W * H) > 0.6, 'mostly black');
  const kitchenA = renderBackground({ setting: 'kitchen', weather: 'cloudy', width: W, height: H, time: 0 });
  const kitchenB = renderBackground({ setting: 'kitchen', weather: 'cloudy', width: W, height: H, time: 10 });
  assert.equal(differingPixels(kitchenA, kitchenB), 0, 'no drifting clouds in a kitchen');
});

test('every setting, time of day and weather draws a full, opaque, non-uniform picture on a tall and a wide frame', () => {
  const times = ['dawn', 'night'] as const;
  const check = (pixels: Uint8ClampedArray, what: string) => {
    let transparent = 0;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3]! < 255) transparent++;
      colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    }
    assert.equal(transparent, 0, `${what}: every pixel painted`);
    assert.ok(colours.size > 8, `${what}: more than a flat fill (${colours.size} colours)`);
  };
  for (const setting of ['beach', 'pond', 'pool', 'bathtub', 'living-room', 'moon']) {
    for (const timeOfDay of times) {
      check(renderBackground({ setting, timeOfDay, weather: 'wind', width: 64, height: 36, eye: [3, 0.4, 5], target: [-2, 1, -3] }), `${setting} ${timeOfDay} wide`);
      check(renderBackground({ setting, timeOfDay, weather: 'snow', width: 36, height: 64, eye: [0, 20, 0.01], target: [0, 0, 0] }), `${setting} ${timeOfDay} from above`);
    }
  }
});
