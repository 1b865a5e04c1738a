/** Per-key rate limit and concurrent-job quota: 429 with retry-after, in the OpenAI shape. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import OpenAI from 'openai';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { assertApiError } from '../testing/videoApiSuite.ts';

describe('rate limits and quotas', () => {
  let t: TestServer;
  before(async () => {
    // 60 a minute = one a second, bursts of 3; one video queued at a time; nothing renders.
    t = await startTestServer({ rateLimitPerMinute: 60, rateLimitBurst: 3, maxActiveJobsPerKey: 1, concurrency: 0 });
  });
  after(() => t.close());

  it('answers 429 with retry-after once a key has used its burst; other keys are not affected', async () => {
    const a = await t.newClient();
    const b = await t.newClient();
    for (let i = 0; i < 3; i++) await a.videos.list();
    const e = await assertApiError(a.videos.list(), { status: 429, param: null, code: 'rate_limit_exceeded' });
    assert.ok(Number(e.headers?.get('retry-after')) >= 1);
    assert.ok(Number(e.headers?.get('retry-after-ms')) > 0);
    assert.equal(e.headers?.get('x-ratelimit-limit-requests'), '60');
    // Key b has used nothing: its first request goes through with its own full allowance.
    const other = await b.videos.list().withResponse();
    assert.equal(other.response.status, 200);
  });

  it('lets the SDK wait for retry-after and succeed', async () => {
    const a = await t.newClient();
    // Record every HTTP status the SDK sees, retries included.
    const statuses: number[] = [];
    const patient = new OpenAI({
      apiKey: a.apiKey,
      baseURL: a.baseURL,
      maxRetries: 3,
      fetch: async (input: string | URL | Request, init?: RequestInit) => {
        const res = await fetch(input, init);
        statuses.push(res.status);
        return res;
      },
    });
    for (let i = 0; i < 3; i++) await patient.videos.list();
    assert.deepEqual(statuses, [200, 200, 200]);
    // The burst is used up: the SDK is refused, honours retry-after, and then succeeds.
    const { response } = await patient.videos.list().withResponse();
    assert.equal(response.status, 200);
    assert.equal(statuses[3], 429, `statuses ${statuses.join(', ')}`);
    assert.equal(statuses.at(-1), 200);
  });

  it('answers 429 concurrent_jobs_limit when a key has too many videos queued, until one is gone', async () => {
    const c = await t.newClient();
    const first = await c.videos.create({ prompt: 'a red ball bounces' });
    assert.equal(first.status, 'queued');
    const e = await assertApiError(c.videos.create({ prompt: 'a blue ball bounces' }), { status: 429, param: null, code: 'concurrent_jobs_limit' });
    assert.ok(Number(e.headers?.get('retry-after')) >= 1);
    // Another key has its own quota.
    const d = await t.newClient();
    await d.videos.create({ prompt: 'a green ball bounces' });
    await new Promise((r) => setTimeout(r, 1100));
    await c.videos.delete(first.id);
    await new Promise((r) => setTimeout(r, 1100));
    const again = await c.videos.create({ prompt: 'a blue ball bounces' });
    assert.equal(again.status, 'queued');
  });
});
