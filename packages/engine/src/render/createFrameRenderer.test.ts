import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { axisAngle, type Vec3 } from '../math/vec3.ts';
import { expectMatchesGolden } from '../testing/expectGolden.ts';
import type { SplashEvent, ContactEvent } from '../timeline/Timeline.ts';
import { frameIndex, seconds } from '../units/units.ts';
import { createFrameRenderer } from './createFrameRenderer.ts';
import { genericModel } from './models/genericModel.ts';
import { flatBackdrop } from './testing/flatBackdrop.ts';
import { lookAt, scriptedTimeline, type ScriptedEntity } from './testing/scriptedTimeline.ts';

const golden = (name: string): string => fileURLToPath(new URL(`./__golden__/${name}.png`, import.meta.url));
const W = 180, H = 320;

/** A backdrop and models that never change, so these goldens only follow the render core. */
const stable = { model: genericModel, backdrop: flatBackdrop };

const cast: ScriptedEntity[] = [
  { kind: 'person', pose: (t) => ({ position: [-0.7, 0.875, 0] as Vec3, rotation: axisAngle([0, 1, 0], 0.3 * t) }) },
  { kind: 'ball', pose: (t) => ({ position: [0.3, 0.15 + Math.abs(Math.sin(t * 4)) * 0.6, 0.6] as Vec3 }) },
  { kind: 'crate', pose: () => ({ position: [0.8, 0.3, -0.8] as Vec3, rotation: axisAngle([0, 1, 0], 0.5) }) },
  { kind: 'traffic-cone', pose: () => ({ position: [-0.1, 0.25, -1.2] as Vec3 }) },
];
const camera = lookAt([1.2, 1.8, 5.5], [0, 0.6, 0], 50);

test('a composed frame (backdrop, shadows, several entities, post) matches its golden', () => {
  const tl = scriptedTimeline({ setting: 'meadow', timeOfDay: 'afternoon', width: W, height: H, entities: cast, camera });
  const r = createFrameRenderer(tl, { model: genericModel });
  expectMatchesGolden(golden('frame-composed'), r.render(frameIndex(12)), W, H, 0.01);
});

test('what floats is tinted below the waterline; what sank is tinted all over', () => {
  const tl = scriptedTimeline({
    setting: 'pool', width: W, height: H, camera: lookAt([0.8, 1.6, 4], [0, 0, 0], 50),
    entities: [
      { kind: 'beach-ball', pose: () => ({ position: [-0.4, 0.05, 0.3] as Vec3, submerged: 0.4 }) },
      { kind: 'crate', pose: () => ({ position: [0.5, -0.9, -0.6] as Vec3, rotation: axisAngle([0, 1, 0], 0.4), submerged: 1 }) },
      { kind: 'boat', size: 0.4, pose: () => ({ position: [0.55, 0.05, 0.7] as Vec3, rotation: axisAngle([0, 1, 0], 1.2), submerged: 0.3 }) },
    ],
  });
  const px = createFrameRenderer(tl, stable).render(frameIndex(0));
  expectMatchesGolden(golden('frame-water'), px, W, H, 0.01);
  // And without water the same entities are not tinted: the frames differ.
  const dry = scriptedTimeline({ ...{ setting: 'studio', width: W, height: H, camera: lookAt([0.8, 1.6, 4], [0, 0, 0], 50) }, entities: tl.entities.map((e, i) => ({ kind: e.kind, size: e.size, pose: () => tl.frames[0]!.poses[i]! })) });
  assert.notDeepEqual(createFrameRenderer(dry, stable).render(frameIndex(0)), px);
});

for (const weather of ['rain', 'snow'] as const) {
  test(`${weather} matches its golden and falls between frames`, () => {
    const tl = scriptedTimeline({ setting: 'meadow', weather, width: W, height: H, entities: cast.slice(0, 2), camera, wind: { speed: 4, direction: 0 } });
    const r = createFrameRenderer(tl, stable);
    const a = Uint8Array.from(r.render(frameIndex(20)));
    expectMatchesGolden(golden(`frame-${weather}`), a, W, H, 0.01);
    const b = r.render(frameIndex(21));
    assert.notDeepEqual(Uint8Array.from(b), a, 'the weather moves from one frame to the next');
  });
}

test('a splash throws droplets and leaves rings on the water', () => {
  const splash: SplashEvent = { type: 'splash', time: seconds(0.3), frame: frameIndex(9), entity: 'rock-0', position: [0, 0, 0.4], speed: 5, mass: 3 };
  const tl = scriptedTimeline({
    setting: 'lake', width: W, height: H, camera: lookAt([0.5, 1.4, 3.5], [0, 0.2, 0], 50), events: [splash],
    entities: [{ kind: 'rock', pose: (t) => ({ position: [0, t < 0.3 ? 1.5 - 4.9 * t * t : -0.6, 0.4] as Vec3, submerged: t < 0.3 ? 0 : 1 }) }],
  });
  const r = createFrameRenderer(tl, stable);
  const after = Uint8Array.from(r.render(frameIndex(15)));
  expectMatchesGolden(golden('frame-splash'), after, W, H, 0.01);
  const quiet = scriptedTimeline({ ...{ setting: 'lake', width: W, height: H, camera: lookAt([0.5, 1.4, 3.5], [0, 0.2, 0], 50) }, entities: [{ kind: 'rock', pose: () => ({ position: [0, -0.6, 0.4] as Vec3, submerged: 1 }) }] });
  assert.notDeepEqual(createFrameRenderer(quiet, stable).render(frameIndex(15)), after, 'the splash shows');
});

test('a hard landing on sand kicks up dust', () => {
  const land: ContactEvent = { type: 'contact', time: seconds(0.5), frame: frameIndex(15), a: 'crate-0', b: 'ground', materials: ['wood', 'sand'], impulse: 30, normalSpeed: 4, position: [0, 0, 0] };
  const base = { setting: 'desert', width: W, height: H, camera: lookAt([0.5, 1.2, 3], [0, 0.3, 0], 50), entities: [{ kind: 'crate', pose: () => ({ position: [0, 0.3, 0] as Vec3 }) }] };
  const withDust = createFrameRenderer(scriptedTimeline({ ...base, events: [land] }), stable).render(frameIndex(19));
  const without = createFrameRenderer(scriptedTimeline(base), stable).render(frameIndex(19));
  assert.notDeepEqual(Uint8Array.from(withDust), Uint8Array.from(without));
});

test('frames are pure: the same frame twice is identical, and order does not matter', () => {
  const tl = scriptedTimeline({ setting: 'beach', weather: 'rain', width: W, height: H, entities: cast, camera: (t) => lookAt([1.2 + t, 1.8, 5.5], [0, 0.6, 0], 50) });
  const a = createFrameRenderer(tl);
  const first10 = Uint8Array.from(a.render(frameIndex(10)));
  assert.deepEqual(Uint8Array.from(a.render(frameIndex(10))), first10);
  const b = createFrameRenderer(tl);
  b.render(frameIndex(30));
  b.render(frameIndex(31));
  assert.deepEqual(Uint8Array.from(b.render(frameIndex(10))), first10);
});

test('the renderer returns width × height RGBA, opaque', () => {
  const tl = scriptedTimeline({ setting: 'space', width: W, height: H, entities: cast.slice(0, 1), camera });
  const r = createFrameRenderer(tl);
  const px = r.render(frameIndex(0));
  assert.equal(r.width, W);
  assert.equal(r.height, H);
  assert.equal(px.length, W * H * 4);
  for (let i = 3; i < px.length; i += 4 * 97) assert.equal(px[i], 255);
});
