import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createCanvas } from '@napi-rs/canvas';
import { directPlan } from '../director/directPlan.ts';
import { ffmpegPath } from '../encode/findFfmpeg.ts';
import { drawPlate } from '../render/reference/drawPlate.ts';
import { referenceCanvasOf } from '../render/reference/referenceCanvases.ts';
import { generateVideo } from '../generate/generateVideo.ts';
import { simulate } from '../world/simulate.ts';
import { attachReference } from './attachReference.ts';
import { prepareReferences } from './prepareReferences.ts';
import { ReferenceImageError } from './ReferenceImageError.ts';
import { landscapePng, productOnStudioPng } from './testing/makeTestImages.ts';

const run = promisify(execFile);

describe('reference images through the pipeline', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'klappe-ref-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('a product named in the prompt carries the picture; one is added when the prompt names none', () => {
    const named = attachReference(directPlan('the product slides across a table', { seed: 1 }), 'input_reference', 'product');
    const product = named.cast.filter((e) => e.kind === 'product');
    assert.equal(product.length, 1);
    assert.deepEqual(named.references, [{ image: 'input_reference', mode: 'product', entity: product[0]!.id }]);
    const added = attachReference(directPlan('a sunny beach', { seed: 1 }), 'input_reference', 'product');
    const p = added.cast.find((e) => e.kind === 'product')!;
    assert.ok(p, 'a product was added');
    assert.ok(added.actions.some((a) => a.entity === p.id && a.type === 'spin'), 'it turns as on a turntable');
    const plate = attachReference(directPlan('a ball bounces', { seed: 1 }), 'input_reference', 'plate');
    assert.deepEqual(plate.references, [{ image: 'input_reference', mode: 'plate' }]);
  });

  it('a product takes its picture\'s proportions and floats when dropped into water', async () => {
    const plan = attachReference(directPlan('the product drops into a swimming pool', { seed: 2, duration: 3 }), 'input_reference', 'product');
    const refs = await prepareReferences(plan, { input_reference: productOnStudioPng() });
    const timeline = await simulate(plan, { references: refs });
    const i = timeline.entities.findIndex((e) => e.kind === 'product');
    const e = timeline.entities[i]!;
    assert.equal(e.texture, 'input_reference');
    assert.equal(e.collider.shape, 'box');
    const [w, h] = e.collider.shape === 'box' ? e.collider.size : [0, 0];
    assert.ok(Math.abs(w / h - refs[0]!.width / refs[0]!.height) < 0.01, `collider ${w}x${h} has the picture's proportions`);
    const last = timeline.frames.at(-1)!.poses[i]!;
    assert.ok(last.submerged > 0 && last.submerged < 1, `it floats (submerged ${last.submerged.toFixed(2)})`);
  });

  it('a plate clip starts on the picture; a missing picture fails cleanly with no files', async () => {
    const png = join(dir, 'plate.png');
    await writeFile(png, landscapePng(1280, 720));
    const plan = attachReference(directPlan('a red ball bounces', { seed: 3, duration: 1 }), 'input_reference', 'plate');
    const out = join(dir, 'plate.mp4');
    const result = await generateVideo({ plan, output: out, workers: 0, sidecars: false, assets: { input_reference: png } });
    assert.equal(result.timeline.references?.[0]?.mode, 'plate');
    // The decoded first frame is the picture, letterboxed (within the H.264 round trip).
    const { stdout } = await run(ffmpegPath(), ['-v', 'error', '-i', out, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { encoding: 'buffer', maxBuffer: 1 << 26 });
    const canvas = createCanvas(720, 1280);
    const ctx = canvas.getContext('2d', { alpha: false });
    drawPlate(ctx, referenceCanvasOf(result.timeline.references![0]!), 720, 1280);
    const want = canvas.data();
    let diff = 0;
    for (let p = 0; p < 720 * 1280; p++) diff += Math.abs(stdout[p * 3]! - want[p * 4]!) + Math.abs(stdout[p * 3 + 1]! - want[p * 4 + 1]!);
    assert.ok(diff / (720 * 1280 * 2) < 4, `first frame is the plate (mean difference ${(diff / (720 * 1280 * 2)).toFixed(2)})`);
    await assert.rejects(
      generateVideo({ plan, output: join(dir, 'missing.mp4'), workers: 0, assets: {} }),
      (err: unknown) => err instanceof ReferenceImageError && err.problem === 'missing',
    );
    assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith('missing')), []);
  });
});

describe('a remix of a clip with a picture', () => {
  it('keeps the picture and its product', async () => {
    const { applyPromptToPlan } = await import('../director/directPlan.ts');
    const base = attachReference(directPlan('the product spins on a table', { seed: 1 }), 'input_reference', 'product');
    const remix = applyPromptToPlan(base, 'make it night');
    assert.deepEqual(remix.references, base.references);
    assert.equal(remix.environment.timeOfDay, 'night');
  });
});
