import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import OpenAI, { toFile } from 'openai';
import sharp from 'sharp';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { waitFor } from '../testing/waitFor.ts';

/** A product cut-out (transparent around a blue box) or an opaque landscape-ish picture. */
function picture(transparent: boolean, width = 96, height = 64): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!transparent) {
    ctx.fillStyle = '#87b5e0';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.fillStyle = '#1d4e89';
  ctx.fillRect(width / 4, height / 4, width / 2, height / 2);
  return canvas.toBuffer('image/png');
}

async function apiError(p: Promise<unknown>): Promise<{ status: number; code: string; param: string; message: string }> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof OpenAI.APIError, `expected an API error, got ${String(err)}`);
  const body = err.error as { code: string; param: string; message: string };
  return { status: err.status!, code: body.code, param: body.param, message: body.message };
}

describe('input_reference as plate or product', () => {
  let env: TestServer;
  let client: OpenAI;
  before(async () => {
    env = await startTestServer();
    client = await env.newClient();
  });
  after(() => env.close());

  it('a cut-out becomes a product that the video renders; the plan says so', async () => {
    const video = await client.videos.create({
      prompt: 'the product slides across a table',
      seconds: '1' as never,
      input_reference: await toFile(picture(true), 'product.png', { type: 'image/png' }),
    });
    const done = await waitFor(async () => {
      const v = await client.videos.retrieve(video.id);
      return v.status === 'completed' || v.status === 'failed' ? v : undefined;
    }, 'the video finishes', 120_000, 200);
    assert.equal(done.status, 'completed', JSON.stringify(done.error));
    const plan = (await client.get(`/videos/${video.id}/plan`)) as { references: { mode: string; entity: string }[]; cast: { id: string; kind: string }[] };
    assert.equal(plan.references[0]!.mode, 'product');
    assert.equal(plan.cast.find((e) => e.id === plan.references[0]!.entity)?.kind, 'product');
  });

  it('an opaque picture is a plate unless reference_mode says product', async () => {
    const plate = await client.videos.create({ prompt: 'a ball bounces', seconds: '1' as never, input_reference: await toFile(picture(false), 'plate.png', { type: 'image/png' }) });
    const planA = (await client.get(`/videos/${plate.id}/plan`)) as { references: { mode: string }[] };
    assert.equal(planA.references[0]!.mode, 'plate');
    const forced = await client.videos.create({
      prompt: 'a ball bounces', seconds: '1' as never,
      input_reference: await toFile(picture(false), 'plate.png', { type: 'image/png' }),
      ...({ reference_mode: 'product' } as object),
    });
    const planB = (await client.get(`/videos/${forced.id}/plan`)) as { references: { mode: string }[] };
    assert.equal(planB.references[0]!.mode, 'product');
  });

  it('refuses animated, truncated and too-detailed pictures with a clear 400, queueing nothing', async () => {
    const before = (await client.videos.list()).data.length;
    const animated = await sharp([picture(false), picture(true)], { join: { animated: true } }).webp({ loop: 0, delay: [100, 100] }).toBuffer();
    const a = await apiError(client.videos.create({ prompt: 'a ball', input_reference: await toFile(animated, 'a.webp', { type: 'image/webp' }) }));
    assert.deepEqual([a.status, a.code, a.param], [400, 'invalid_image', 'input_reference']);
    assert.match(a.message, /animated/);
    const png = picture(false, 400, 300);
    const t = await apiError(client.videos.create({ prompt: 'a ball', input_reference: await toFile(png.subarray(0, png.length - 200), 't.png', { type: 'image/png' }) }));
    assert.deepEqual([t.status, t.code], [400, 'invalid_image']);
    const huge = await sharp({ create: { width: 9000, height: 6000, channels: 3, background: '#808080' } }).png().toBuffer();
    const h = await apiError(client.videos.create({ prompt: 'a ball', input_reference: await toFile(huge, 'h.png', { type: 'image/png' }) }));
    assert.deepEqual([h.status, h.code], [400, 'invalid_image']);
    assert.match(h.message, /9000x6000/);
    assert.equal((await client.videos.list()).data.length, before, 'nothing was queued');
  });
});
