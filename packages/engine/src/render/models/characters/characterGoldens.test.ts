/**
 * Golden portraits of every character and animal (160×160 studio preview), idle and in a few
 * signature gaits. Regenerate after an intended change with UPDATE_GOLDEN=1 and look at them.
 */
import { test } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gait } from '../../../timeline/Timeline.ts';
import { KIND_IDS, kindOf } from '../../../ontology/ontology.ts';
import { expectMatchesGolden } from '../../../testing/expectGolden.ts';
import { renderEntityPreview } from '../../preview/renderEntityPreview.ts';

const here = dirname(fileURLToPath(import.meta.url));
const LIVING = KIND_IDS.filter((k) => ['character', 'animal'].includes(kindOf(k).category));

const CASES: [kind: string, gait: Gait, phase: number][] = [
  ...LIVING.map((kind): [string, Gait, number] => [kind, 'idle', 0]),
  ['person', 'walk', 0.1],
  ['person', 'wave', 0.25],
  ['robot', 'walk', 0.1],
  ['dog', 'run', 0.3],
  ['bird', 'fly', 0],
];

for (const [kind, gait, phase] of CASES) {
  test(`${kind} ${gait} looks like its golden portrait`, () => {
    const img = renderEntityPreview(kind, { width: 160, height: 160, pose: { gait, gaitPhase: phase } });
    expectMatchesGolden(join(here, '__golden__', `${kind}-${gait}.png`), img.rgba, img.width, img.height);
  });
}
