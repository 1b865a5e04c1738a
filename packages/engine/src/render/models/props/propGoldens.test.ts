/**
 * One golden portrait per object kind, as the renderer draws it (160×160 studio preview).
 * Regenerate after an intended change with UPDATE_GOLDEN=1 and look at the images.
 */
import { test } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KIND_IDS, kindOf } from '../../../ontology/ontology.ts';
import { expectMatchesGolden } from '../../../testing/expectGolden.ts';
import { renderEntityPreview } from '../../preview/renderEntityPreview.ts';

const here = dirname(fileURLToPath(import.meta.url));
const OBJECT_KINDS = KIND_IDS.filter((k) => !['character', 'animal'].includes(kindOf(k).category));

for (const kind of OBJECT_KINDS) {
  test(`${kind} looks like its golden portrait`, () => {
    const img = renderEntityPreview(kind, { width: 160, height: 160 });
    expectMatchesGolden(join(here, '__golden__', `${kind}.png`), img.rgba, img.width, img.height);
  });
}
