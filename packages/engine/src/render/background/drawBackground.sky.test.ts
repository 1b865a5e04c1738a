/** Golden images: the times of day over a meadow, weather skies, and a tilted, panned, rolled camera. */
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TIMES_OF_DAY } from '../../plan/scenePlanSchema.ts';
import { expectMatchesGolden } from '../../testing/expectGolden.ts';
import { GOLDEN_HEIGHT, GOLDEN_WIDTH, renderBackground, type Shot } from './testing/renderBackground.ts';

const golden = (name: string): string => fileURLToPath(new URL(`./__golden__/${name}.png`, import.meta.url));

const shots: Record<string, Shot> = {};
for (const timeOfDay of TIMES_OF_DAY) shots[`meadow-${timeOfDay}`] = { setting: 'meadow', timeOfDay };
shots['beach-rain'] = { setting: 'beach', weather: 'rain' };
shots['meadow-fog'] = { setting: 'meadow', timeOfDay: 'morning', weather: 'fog' };
shots['lake-storm'] = { setting: 'lake', timeOfDay: 'afternoon', weather: 'storm' };
shots['snowfield-snow'] = { setting: 'snowfield', weather: 'snow' };
shots['city-night-cloudy'] = { setting: 'city-street', timeOfDay: 'night', weather: 'cloudy' };
// Looking up and to the right with a little handheld roll: the horizon drops and tilts.
shots['forest-tilted-camera'] = { setting: 'forest', timeOfDay: 'afternoon', eye: [1, 1.2, 6], target: [6, 4, -2], roll: 0.08 };
shots['ocean-sunset-panned'] = { setting: 'ocean', timeOfDay: 'sunset', target: [2.5, 1.2, 0] };

for (const [name, shot] of Object.entries(shots)) {
  test(`${name} matches its golden image`, () => {
    expectMatchesGolden(golden(name), renderBackground(shot), GOLDEN_WIDTH, GOLDEN_HEIGHT);
  });
}
