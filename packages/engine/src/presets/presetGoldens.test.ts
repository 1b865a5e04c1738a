import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expectMatchesGolden } from '../testing/expectGolden.ts';
import { createFrameRenderer } from '../render/createFrameRenderer.ts';
import { styleScene } from '../render/style/styleScene.ts';
import { frameIndex } from '../units/units.ts';
import { presetCatalogue } from './presetCatalogue.ts';

const golden = (name: string): string => fileURLToPath(new URL(`./__golden__/${name}.png`, import.meta.url));
const W = 180, H = 320;

for (const preset of presetCatalogue()) {
  test(`the ${preset.name} preset matches its golden`, () => {
    const r = createFrameRenderer(styleScene({ ...preset.look, preset: preset.id }, W, H));
    expectMatchesGolden(golden(`preset-${preset.id}`), r.render(frameIndex(12)), W, H, 0.01);
  });
}
