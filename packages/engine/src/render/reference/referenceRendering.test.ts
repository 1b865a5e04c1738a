import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { axisAngle, type Vec3 } from '../../math/vec3.ts';
import type { PreparedReference } from '../../reference/PreparedReference.ts';
import { prepareReferenceImage } from '../../reference/prepareReferenceImage.ts';
import { landscapePng, productOnStudioPng } from '../../reference/testing/makeTestImages.ts';
import { expectMatchesGolden } from '../../testing/expectGolden.ts';
import { frameIndex } from '../../units/units.ts';
import { createFrameRenderer } from '../createFrameRenderer.ts';
import { lookAt, scriptedTimeline } from '../testing/scriptedTimeline.ts';
import { drawPlate } from './drawPlate.ts';
import { fitContain } from './fitContain.ts';
import { referenceCanvasOf } from './referenceCanvases.ts';

const golden = (name: string): string => fileURLToPath(new URL(`./__golden__/${name}.png`, import.meta.url));
const W = 180, H = 320;

describe('reference images in frames', () => {
  let plate: PreparedReference;
  let product: PreparedReference;
  before(async () => {
    plate = await prepareReferenceImage('input_reference', landscapePng(), 'plate');
    product = await prepareReferenceImage('input_reference', productOnStudioPng(), 'product');
  });

  it('fits any picture inside any frame, centred', () => {
    assert.deepEqual(fitContain(1600, 900, 720, 1280), { x: 0, y: 438, width: 720, height: 405 });
    assert.deepEqual(fitContain(900, 1600, 1280, 720), { x: 438, y: 0, width: 405, height: 720 });
    assert.deepEqual(fitContain(1000, 1000, 1080, 1080), { x: 0, y: 0, width: 1080, height: 1080 });
  });

  function plateTimeline() {
    const tl = scriptedTimeline({
      setting: 'meadow', width: W, height: H, duration: 1,
      entities: [{ kind: 'beach-ball', pose: (t) => ({ position: [0.2, 0.25 + Math.abs(Math.sin(t * 5)) * 0.5, 0.3] as Vec3 }) }],
      camera: lookAt([0, 1.2, 4.5], [0, 0.5, 0], 50),
    });
    tl.references = [plate];
    return tl;
  }

  it('a plate is the first frame exactly, letterboxed into 9:16', () => {
    const r = createFrameRenderer(plateTimeline());
    const first = r.render(frameIndex(0)).slice();
    const canvas = createCanvas(W, H);
    const ctx = canvas.getContext('2d', { alpha: false });
    drawPlate(ctx, referenceCanvasOf(plate), W, H);
    const expected = canvas.data();
    let diff = 0;
    for (let i = 0; i < first.length; i += 4) diff += Math.abs(first[i]! - expected[i]!) + Math.abs(first[i + 1]! - expected[i + 1]!);
    assert.ok(diff / (W * H * 2) < 1, `first frame is the plate (mean difference ${(diff / (W * H * 2)).toFixed(2)})`);
  });

  it('objects move over the plate with light matched to it (golden)', () => {
    const r = createFrameRenderer(plateTimeline());
    expectMatchesGolden(golden('plate-ball'), r.render(frameIndex(20)), W, H, 0.01);
  });

  it('a product picture is printed on its object, seen turning (golden)', () => {
    const tl = scriptedTimeline({
      setting: 'studio', width: W, height: H, duration: 1,
      entities: [
        { kind: 'table', pose: () => ({ position: [0, 0.375, 0] as Vec3 }) },
        { kind: 'product', id: 'product-1', pose: (t) => ({ position: [0, 0.75 + 0.33, 0] as Vec3, rotation: axisAngle([0, 1, 0], 0.3 + 3 * t) }) },
      ],
      camera: lookAt([0.3, 1.4, 2.4], [0, 0.9, 0], 45),
    });
    const aspect = product.width / product.height;
    const e = tl.entities[1]!;
    e.texture = 'input_reference';
    e.collider = { shape: 'box', size: [0.66 * aspect, 0.66, 0.04] };
    tl.references = [product];
    const r = createFrameRenderer(tl);
    expectMatchesGolden(golden('product-turning'), r.render(frameIndex(1)), W, H, 0.01);
    // Turned half round, the print still shows (both sides are printed).
    const back = r.render(frameIndex(29));
    let red = 0;
    for (let i = 0; i < back.length; i += 4) if (back[i]! > back[i + 1]! + 60 && back[i]! > back[i + 2]! + 60) red++;
    assert.ok(red > 200, `the picture shows from behind too (${red} red pixels)`);
  });
});
