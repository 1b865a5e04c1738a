import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { STYLE_IDS } from '../../plan/lookSchema.ts';
import { expectMatchesGolden } from '../../testing/expectGolden.ts';
import { frameIndex } from '../../units/units.ts';
import { createFrameRenderer } from '../createFrameRenderer.ts';
import { styleScene } from './styleScene.ts';

const golden = (name: string): string => fileURLToPath(new URL(`./__golden__/${name}.png`, import.meta.url));
const W = 270, H = 480;

for (const style of STYLE_IDS) {
  test(`the ${style} style matches its golden`, () => {
    const r = createFrameRenderer(styleScene({ style }, W, H));
    expectMatchesGolden(golden(`style-${style}`), r.render(frameIndex(12)), W, H, 0.01);
  });
}

test('every style looks different from every other on the same frame', () => {
  const frames = STYLE_IDS.map((style) => Uint8Array.from(createFrameRenderer(styleScene({ style }, 90, 160)).render(frameIndex(12))));
  for (let a = 0; a < frames.length; a++) {
    for (let b = a + 1; b < frames.length; b++) {
      let diff = 0;
      const fa = frames[a]!, fb = frames[b]!;
      for (let i = 0; i < fa.length; i += 4) diff += Math.abs(fa[i]! - fb[i]!) + Math.abs(fa[i + 1]! - fb[i + 1]!) + Math.abs(fa[i + 2]! - fb[i + 2]!);
      assert.ok(diff / (fa.length / 4) > 6, `${STYLE_IDS[a]} and ${STYLE_IDS[b]} look alike (mean difference ${(diff / (fa.length / 4)).toFixed(1)})`);
    }
  }
});

test('film noir is black and white', () => {
  const px = createFrameRenderer(styleScene({ style: 'film-noir' }, 90, 160)).render(frameIndex(12));
  for (let i = 0; i < px.length; i += 4) {
    assert.ok(Math.abs(px[i]! - px[i + 1]!) <= 3 && Math.abs(px[i + 1]! - px[i + 2]!) <= 3, `pixel ${i / 4} has colour`);
  }
});

test('stop-motion styles hold each drawing; smooth styles draw every frame', () => {
  for (const [style, held] of [['papercraft', true], ['claymation', true], ['anime', false]] as const) {
    const r = createFrameRenderer(styleScene({ style }, 90, 160));
    const f0 = Uint8Array.from(r.render(frameIndex(0)));
    const f1 = Uint8Array.from(r.render(frameIndex(1)));
    const f3 = Uint8Array.from(r.render(frameIndex(3)));
    if (held) assert.deepEqual(f1, f0, `${style}: frame 1 repeats frame 0`);
    else assert.notDeepEqual(f1, f0, `${style}: frame 1 is a new drawing`);
    assert.notDeepEqual(f3, f0, `${style}: frame 3 is a new drawing`);
  }
});

test('a styled frame does not depend on which frames were drawn before it', () => {
  for (const style of STYLE_IDS) {
    const fresh = Uint8Array.from(createFrameRenderer(styleScene({ style }, 90, 160)).render(frameIndex(7)));
    const r = createFrameRenderer(styleScene({ style }, 90, 160));
    r.render(frameIndex(20));
    r.render(frameIndex(3));
    assert.deepEqual(Uint8Array.from(r.render(frameIndex(7))), fresh, style);
  }
});
