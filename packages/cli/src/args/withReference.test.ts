import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { directPlan } from '@klappe/engine';
import { CliError } from '../CliError.ts';
import { withReference } from './withReference.ts';

const BIN = fileURLToPath(new URL('../../bin/klappe.js', import.meta.url));

function picture(transparent: boolean): Buffer {
  const canvas = createCanvas(64, 48);
  const ctx = canvas.getContext('2d');
  if (!transparent) {
    ctx.fillStyle = '#3a6ea5';
    ctx.fillRect(0, 0, 64, 48);
  }
  ctx.fillStyle = '#e76f51';
  ctx.fillRect(16, 8, 32, 32);
  return canvas.toBuffer('image/png');
}

describe('--reference', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'klappe-cli-ref-'));
    await writeFile(join(dir, 'opaque.png'), picture(false));
    await writeFile(join(dir, 'cutout.png'), picture(true));
    await writeFile(join(dir, 'notes.png'), 'these are notes, not a picture');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const plan = () => directPlan('a ball bounces', { seed: 1, duration: 1 });

  it('picks plate for an opaque picture and product for a cut-out, or what --reference-mode says', async () => {
    assert.equal((await withReference(plan(), join(dir, 'opaque.png'), undefined)).plan.references?.[0]?.mode, 'plate');
    const cut = await withReference(plan(), join(dir, 'cutout.png'), undefined);
    assert.equal(cut.plan.references?.[0]?.mode, 'product');
    assert.ok(cut.plan.cast.some((e) => e.kind === 'product'));
    assert.ok(cut.assets.reference instanceof Uint8Array);
    assert.equal((await withReference(plan(), join(dir, 'opaque.png'), 'product')).plan.references?.[0]?.mode, 'product');
    assert.equal((await withReference(plan(), undefined, undefined)).plan.references, undefined);
  });

  it('says in one line what is wrong', async () => {
    const line = async (file: string | undefined, mode?: string) => {
      const err = await withReference(plan(), file, mode).then(() => undefined, (e: unknown) => e);
      assert.ok(err instanceof CliError, `expected a CliError, got ${String(err)}`);
      assert.ok(!err.message.includes('\n'));
      return err.message;
    };
    assert.match(await line(join(dir, 'missing.png')), /no such file/);
    assert.match(await line(dir), /folder/);
    assert.match(await line(join(dir, 'notes.png')), /not a PNG, JPEG or WebP/);
    assert.match(await line(join(dir, 'opaque.png'), 'sticker'), /plate or product/);
    assert.match(await line(undefined, 'plate'), /needs --reference/);
  });

  it('the command exits 2 with one line and writes nothing for a bad picture', () => {
    const out = join(dir, 'clip.mp4');
    const r = spawnSync(process.execPath, [BIN, 'generate', 'a ball', '--seconds', '1', '--reference', join(dir, 'notes.png'), '-o', out], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /--reference: .*notes\.png/);
  });

  it('writes nothing for a bad picture', async () => {
    assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith('clip')), []);
  });
});
