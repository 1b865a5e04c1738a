/**
 * Content filtering at the API, with the openai SDK: a refused prompt, remix prompt, plan or
 * input_reference image is a 400 with code "moderation_blocked" and its category, and nothing
 * is stored or queued.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { directPlan } from '@klappe/engine';
import OpenAI, { toFile } from 'openai';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { tinyPng } from '../testing/tinyPng.ts';

async function refused(call: Promise<unknown>, param: string, category: string, label: string) {
  try {
    await call;
  } catch (err) {
    assert.ok(err instanceof OpenAI.APIError, String(err));
    assert.equal(err.status, 400);
    assert.equal(err.code, 'moderation_blocked');
    assert.equal(err.type, 'invalid_request_error');
    assert.equal(err.param, param);
    const body = err.error as { message: string; category: string };
    assert.equal(body.category, category);
    assert.ok(body.message.includes(label), body.message);
    return body;
  }
  assert.fail('expected a 400 moderation_blocked');
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
}

describe('content filtering at the API', () => {
  let t: TestServer;
  let client: OpenAI;
  let scratch: string;

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'klappe-moderation-api-'));
    const configPath = join(scratch, 'moderation.json');
    writeFileSync(configPath, JSON.stringify({ publicFigures: ['Jane Example'], allowNames: ['Olaf Scholz'] }));
    // API only: nothing renders, so "nothing queued" is visible in the list.
    t = await startTestServer({ concurrency: 0, moderationConfigPath: configPath });
    client = await t.newClient();
  });
  after(async () => {
    await t?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses a prompt with the category, stores and queues nothing, and never echoes the term', async () => {
    const body = await refused(client.videos.create({ prompt: 'a man gets decapitated, blood everywhere', seconds: '4' }), 'prompt', 'violence', 'graphic violence');
    assert.ok(!body.message.toLowerCase().includes('decapitat'), body.message);
    await refused(client.videos.create({ prompt: 'eine n4ckte Frau am Strand', seconds: '4' }), 'prompt', 'sexual', 'sexual content');
    await refused(client.videos.create({ prompt: 'Jane Example dances in the rain', seconds: '4' }), 'prompt', 'real_person', 'real people');
    const list = await client.videos.list();
    assert.equal(list.data.length, 0);
    assert.deepEqual(files(join(t.dataDir, 'blobs')), []);
  });

  it('refuses a hand-written plan by the field that is refused', async () => {
    const plan = directPlan('two robots talk in a kitchen', { width: 720, height: 1280, fps: 24, duration: 2, seed: 1 });
    const speech = { language: 'en', lines: [{ speaker: 'narrator', text: 'Now kill all the people in the town.', start: 0.5 }] };
    await refused(client.videos.create({ ...({ plan: JSON.stringify({ ...plan, speech }) } as object) } as never), 'plan.speech.lines[0].text', 'violence', 'graphic violence');
    const named = { ...plan, prompt: 'two robots', cast: plan.cast.map((e, i) => (i === 0 ? { ...e, name: 'Pikachu' } : e)) };
    await refused(client.videos.create({ ...({ plan: JSON.stringify(named) } as object) } as never), 'plan.cast[0].name', 'copyright', 'copyrighted characters');
    assert.equal((await client.videos.list()).data.length, 0);
  });

  it('allows ordinary prompts and config-allowed names, and refuses a remix prompt without queuing it', async () => {
    const ok = await client.videos.create({ prompt: 'a naked mole rat digs a tunnel, then Olaf Scholz waves', seconds: '4' });
    assert.equal(ok.status, 'queued');
    await refused(client.videos.remix(ok.id, { prompt: 'now make it a school shooting' }), 'prompt', 'extremism', 'terrorism');
    const list = await client.videos.list();
    assert.deepEqual(list.data.map((v) => v.id), [ok.id]);
  });

  it('classifies the input_reference image before storing it', async () => {
    const strict = await startTestServer({ concurrency: 0, moderationConfigPath: writeConfig(scratch, { image: { porn: 0.000001 } }) });
    try {
      const c = await strict.newClient();
      await refused(
        c.videos.create({ prompt: 'a red ball bounces', seconds: '4', input_reference: await toFile(tinyPng(64, 64), 'ref.png', { type: 'image/png' }) }),
        'input_reference',
        'sexual',
        'sexual content',
      );
      assert.equal((await c.videos.list()).data.length, 0);
      assert.deepEqual(files(join(strict.dataDir, 'blobs')), [], 'the image is not stored');
    } finally {
      await strict.close();
    }
    // With the default thresholds the same image passes.
    const v = await client.videos.create({ prompt: 'a red ball bounces', seconds: '4', input_reference: await toFile(tinyPng(64, 64), 'ref.png', { type: 'image/png' }) });
    assert.equal(v.status, 'queued');
  });
});

function writeConfig(dir: string, config: object): string {
  const path = join(dir, `moderation-${Object.keys(config).join('-')}.json`);
  writeFileSync(path, JSON.stringify(config));
  return path;
}
