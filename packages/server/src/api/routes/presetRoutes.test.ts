import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type OpenAI from 'openai';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';

describe('presets over the API', () => {
  let t: TestServer;
  let client: OpenAI;
  before(async () => {
    t = await startTestServer({ concurrency: 0 });
    client = await t.newClient();
  });
  after(async () => t.close());

  const get = (path: string, key = client.apiKey) => fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  const create = (body: Record<string, unknown>) => fetch(`${t.url}/v1/videos`, { method: 'POST', headers: { authorization: `Bearer ${client.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('GET /v1/presets lists the catalogue in the OpenAI list shape', async () => {
    const res = await get('/v1/presets');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { object: string; has_more: boolean; data: { id: string; object: string; style: string; size: string }[] };
    assert.equal(body.object, 'list');
    assert.equal(body.has_more, false);
    assert.ok(body.data.length >= 12);
    const noir = body.data.find((p) => p.id === 'film-noir');
    assert.deepEqual([noir?.object, noir?.style, noir?.size], ['preset', 'film-noir', '1280x720']);
    assert.equal((await get('/v1/presets', 'kl-wrong')).status, 401);
  });

  it('a preset sets the look and, without a size, the aspect; unknown names are 400s naming the field', async () => {
    const res = await create({ prompt: 'a red ball bounces', seconds: '1', preset: 'film-noir' });
    assert.equal(res.status, 200, await res.clone().text());
    const video = (await res.json()) as { id: string; size: string };
    assert.equal(video.size, '1280x720');
    const plan = (await (await get(`/v1/videos/${video.id}/plan`)).json()) as { look?: { style: string; preset?: string } };
    assert.deepEqual([plan.look?.style, plan.look?.preset], ['film-noir', 'film-noir']);

    const sized = (await (await create({ prompt: 'a red ball bounces', seconds: '1', size: '720x1280', preset: 'papercraft', style: 'anime' })).json()) as { id: string; size: string };
    assert.equal(sized.size, '720x1280');
    const sizedPlan = (await (await get(`/v1/videos/${sized.id}/plan`)).json()) as { look?: { style: string; preset?: string } };
    assert.deepEqual([sizedPlan.look?.style, sizedPlan.look?.preset], ['anime', 'papercraft']);

    for (const [field, value] of [['preset', 'sepia-dream'], ['style', 'cubism']] as const) {
      const bad = await create({ prompt: 'a red ball bounces', [field]: value });
      assert.equal(bad.status, 400);
      const err = (await bad.json()) as { error: { param: string; type: string; message: string } };
      assert.equal(err.error.param, field);
      assert.equal(err.error.type, 'invalid_request_error');
      assert.match(err.error.message, /film-noir/);
    }
  });
});
