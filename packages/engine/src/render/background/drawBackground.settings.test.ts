/** Golden images: every setting at noon in clear weather, seen by the typical camera. */
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SETTING_IDS } from '../../ontology/ontology.ts';
import { expectMatchesGolden } from '../../testing/expectGolden.ts';
import { GOLDEN_HEIGHT, GOLDEN_WIDTH, renderBackground } from './testing/renderBackground.ts';

const golden = (name: string): string => fileURLToPath(new URL(`./__golden__/${name}.png`, import.meta.url));

for (const setting of SETTING_IDS) {
  test(`${setting} at noon matches its golden image`, () => {
    expectMatchesGolden(golden(`setting-${setting}`), renderBackground({ setting }), GOLDEN_WIDTH, GOLDEN_HEIGHT);
  });
}

for (const ground of ['wood', 'tile']) {
  test(`the studio with a ${ground} floor named by the plan matches its golden image`, () => {
    expectMatchesGolden(golden(`studio-${ground}-floor`), renderBackground({ setting: 'studio', ground }), GOLDEN_WIDTH, GOLDEN_HEIGHT);
  });
}
