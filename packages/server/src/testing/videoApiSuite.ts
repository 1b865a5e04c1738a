/**
 * The API contract, checked with the official openai SDK as the client for every endpoint.
 * Run against the embedded setup (SQLite, in-process workers) and the scale-out setup
 * (Postgres, Redis/BullMQ, `klappe worker` processes) by the two *.test.ts files beside the
 * API. Clips are short (1 s, 24 fps) so the suite stays fast.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { directPlan, probeMedia } from '@klappe/engine';
import OpenAI, { toFile } from 'openai';
import type { Video } from 'openai/resources/videos';
import { tinyPng } from './tinyPng.ts';
import { waitFor } from './waitFor.ts';
import type { JobQueue } from '../jobs/JobQueue.ts';

export interface ApiEnv {
  url: string;
  dataDir: string;
  newClient(): Promise<OpenAI>;
  /** The queue, to see that a deleted video's job stopped. */
  queue: JobQueue;
  /** Where render-job metrics are served (the server itself, or the workers). */
  jobMetricsUrls(): string[];
  close(): Promise<void>;
}

/** Limits the suite's error tests expect the server to run with. */
export const SUITE_LIMITS = { maxBodyBytes: 1024 * 1024, maxUploadBytes: 256 * 1024 };

type ScenePlanJson = { seed: number; cast: { id: string; kind: string }[]; environment: { setting: string; timeOfDay: string } };

/** Retrieve until completed (or failed), remembering what was seen on the way. */
export async function pollToCompletion(client: OpenAI, id: string, timeoutMs = 180_000) {
  const statuses = new Set<string>();
  const progress: number[] = [];
  let pollHeader: string | null = null;
  const video = await waitFor(
    async () => {
      const { data, response } = await client.videos.retrieve(id).withResponse();
      statuses.add(data.status);
      progress.push(data.progress);
      if (data.status !== 'completed' && data.status !== 'failed') pollHeader ??= response.headers.get('openai-poll-after-ms');
      else assert.equal(response.headers.get('openai-poll-after-ms'), null, 'no poll header once finished');
      return data.status === 'completed' || data.status === 'failed' ? data : undefined;
    },
    `video ${id} to finish`,
    timeoutMs,
    100,
  );
  assert.equal(video.status, 'completed', `video ${id} failed: ${JSON.stringify(video.error)}`);
  return { video, statuses, progress, pollHeader };
}

/** The SDK call fails with this status and error fields, in the OpenAI shape. */
export async function assertApiError(call: Promise<unknown>, want: { status: number; type?: string; param?: string | null; code?: string | null }) {
  try {
    await call;
  } catch (err) {
    assert.ok(err instanceof OpenAI.APIError, `an APIError, got ${String(err)}`);
    const e = err as InstanceType<typeof OpenAI.APIError>;
    assert.equal(e.status, want.status, `status for ${e.message}`);
    assert.deepEqual(Object.keys(e.error as object).sort(), ['code', 'message', 'param', 'type'], 'the OpenAI error shape');
    assert.equal(typeof (e.error as { message: unknown }).message, 'string');
    assert.equal(e.type, want.type ?? (want.status === 401 ? 'authentication_error' : want.status === 429 ? 'rate_limit_error' : 'invalid_request_error'));
    if ('param' in want) assert.equal(e.param, want.param, `param for ${e.message}`);
    if ('code' in want) assert.equal(e.code, want.code, `code for ${e.message}`);
    return e;
  }
  assert.fail(`expected a ${want.status} error`);
}

const ID = /^video_[0-9a-f]{32}$/;

export function videoApiSuite(name: string, open: () => Promise<ApiEnv>, opts: { skip?: string | false; more?: (env: () => ApiEnv) => void } = {}) {
  describe(name, { skip: opts.skip ?? false }, () => {
    let env: ApiEnv;
    let a: OpenAI;
    let b: OpenAI;
    let c: OpenAI;
    let scratch: string;
    const created: Video[] = [];

    before(async () => {
      env = await open();
      [a, b, c] = await Promise.all([env.newClient(), env.newClient(), env.newClient()]);
      scratch = mkdtempSync(join(tmpdir(), 'klappe-suite-'));
    });
    after(async () => {
      await env?.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it('creates videos as JSON, as multipart with an input_reference upload, and from a plan — three clients at once — and renders them', async () => {
      const plan = directPlan('a blue ball rolls across a wooden table', { width: 720, height: 1280, fps: 24, duration: 1, seed: 11 });
      const [json, multipart, fromPlan] = await Promise.all([
        a.post<Video>('/videos', {
          body: { prompt: 'a red ball bounces on a wooden floor', seconds: '1', fps: 24, seed: 7, input_reference: { image_url: `data:image/png;base64,${tinyPng(16, 16).toString('base64')}` } },
        }),
        b.videos.create({
          prompt: 'a small green ball falls onto sand',
          seconds: '1' as '4',
          size: '720x1280',
          model: 'sora-2',
          input_reference: await toFile(tinyPng(64, 64), 'reference.png', { type: 'image/png' }),
          ...({ fps: '24', preset: 'cinematic' } as object),
        }),
        c.videos.create({ ...({ plan: JSON.stringify(plan) } as object) } as never),
      ]);
      for (const v of [json, multipart, fromPlan]) {
        assert.match(v.id, ID);
        assert.equal(v.object, 'video');
        assert.equal(v.status, 'queued');
        assert.equal(v.progress, 0);
        assert.equal(v.seconds, '1');
        assert.equal(v.size, '720x1280');
        assert.equal(v.remixed_from_video_id, null);
        assert.equal(v.error, null);
        assert.ok(Math.abs(v.created_at - Date.now() / 1000) < 60);
      }
      assert.equal(json.model, 'klappe-1');
      assert.equal(multipart.model, 'sora-2');
      assert.equal(json.prompt, 'a red ball bounces on a wooden floor');
      assert.equal(fromPlan.prompt, plan.prompt);
      for (const v of [json, multipart]) assert.ok(existsSync(join(env.dataDir, 'blobs', 'videos', v.id, 'input_reference.png')), 'the reference image is stored with the video');

      const results = await Promise.all([pollToCompletion(a, json.id), pollToCompletion(b, multipart.id), pollToCompletion(c, fromPlan.id)]);
      for (const { video, pollHeader } of results) {
        assert.equal(video.progress, 100);
        assert.ok(video.completed_at! >= video.created_at);
        assert.ok(video.expires_at! > video.completed_at!);
        assert.equal(video.error, null);
        assert.match(pollHeader ?? '', /^\d+$/, 'openai-poll-after-ms while unfinished');
      }
      assert.ok(results.some((r) => r.statuses.has('in_progress') || r.statuses.has('queued')));
      created.push(...results.map((r) => r.video));
      const storedPlan = await c.get<ScenePlanJson>(`/videos/${fromPlan.id}/plan`);
      assert.equal(storedPlan.seed, 11, 'director mode renders the given plan');
    });

    it('downloads the video and its previews; the bytes are a real H.264 + AAC MP4; Range requests work', async () => {
      const video = created[0]!;
      const res = await a.videos.downloadContent(video.id);
      assert.equal(res.headers.get('content-type'), 'video/mp4');
      assert.equal(res.headers.get('accept-ranges'), 'bytes');
      const bytes = Buffer.from(await res.arrayBuffer());
      const file = join(scratch, 'download.mp4');
      writeFileSync(file, bytes);
      const info = await probeMedia(file);
      const v = info.streams.find((s) => s.codec_type === 'video');
      const au = info.streams.find((s) => s.codec_type === 'audio');
      assert.equal(v?.codec_name, 'h264');
      assert.equal(v?.width, 720);
      assert.equal(v?.height, 1280);
      assert.equal(v?.r_frame_rate, '24/1');
      assert.equal(v?.nb_frames, '24');
      assert.equal(au?.codec_name, 'aac');
      assert.ok(Math.abs(Number(info.format.duration) - 1) < 0.1, `duration ${info.format.duration}`);

      for (const variant of ['thumbnail', 'spritesheet'] as const) {
        const r = await a.videos.downloadContent(video.id, { variant });
        assert.equal(r.headers.get('content-type'), 'image/jpeg');
        const jpg = Buffer.from(await r.arrayBuffer());
        assert.deepEqual([...jpg.subarray(0, 3)], [0xff, 0xd8, 0xff]);
      }

      const first = await a.videos.downloadContent(video.id, { variant: 'video' }, { headers: { Range: 'bytes=0-99' } });
      assert.equal(first.status, 206);
      assert.equal(first.headers.get('content-range'), `bytes 0-99/${bytes.length}`);
      assert.deepEqual(Buffer.from(await first.arrayBuffer()), bytes.subarray(0, 100));
      const tail = await a.videos.downloadContent(video.id, {}, { headers: { Range: 'bytes=-64' } });
      assert.equal(tail.status, 206);
      assert.deepEqual(Buffer.from(await tail.arrayBuffer()), bytes.subarray(bytes.length - 64));
      const e = await assertApiError(a.videos.downloadContent(video.id, {}, { headers: { Range: `bytes=${bytes.length}-` } }), { status: 416, param: 'Range', code: 'range_not_satisfiable' });
      assert.equal(e.headers?.get('content-range'), `bytes */${bytes.length}`);
    });

    it('lists videos with cursor pagination in both orders', async () => {
      const ours = new Set(created.map((v) => v.id));
      const ascending = [...ours].sort();
      const collect = async (order: 'asc' | 'desc') => {
        const ids: string[] = [];
        for await (const v of a.videos.list({ limit: 1, order })) if (ours.has(v.id)) ids.push(v.id);
        return ids;
      };
      assert.deepEqual(await collect('asc'), ascending);
      assert.deepEqual(await collect('desc'), [...ascending].reverse());
      const page = await a.get<{ object: string; data: Video[]; first_id: string; last_id: string; has_more: boolean }>('/videos', { query: { limit: 2, order: 'asc', after: ascending[0] } });
      assert.equal(page.object, 'list');
      assert.deepEqual(page.data.map((v) => v.id).filter((id) => ours.has(id)), ascending.slice(1, 3));
      assert.equal(page.first_id, page.data[0]!.id);
      assert.equal(page.last_id, page.data.at(-1)!.id);
      const last = await a.get<{ data: Video[]; has_more: boolean; first_id: string | null }>('/videos', { query: { order: 'desc', after: [...ascending].sort()[0] } });
      assert.equal(last.data.some((v) => ours.has(v.id)), false);
      assert.equal(last.has_more, false);
    });

    it('remixes a video: the prompt changes the plan, the seed, cast and setting stay', async () => {
      const source = created[0]!;
      const remix = await a.videos.remix(source.id, { prompt: 'make it night' });
      assert.match(remix.id, ID);
      assert.equal(remix.remixed_from_video_id, source.id);
      assert.equal(remix.prompt, 'make it night');
      assert.equal(remix.status, 'queued');
      assert.equal(remix.size, source.size);
      assert.equal(remix.seconds, source.seconds);
      const [before, after] = await Promise.all([a.get<ScenePlanJson>(`/videos/${source.id}/plan`), a.get<ScenePlanJson>(`/videos/${remix.id}/plan`)]);
      assert.equal(after.seed, before.seed);
      assert.deepEqual(after.cast, before.cast);
      assert.equal(after.environment.setting, before.environment.setting);
      assert.notEqual(before.environment.timeOfDay, 'night');
      assert.equal(after.environment.timeOfDay, 'night');
      const { video } = await pollToCompletion(a, remix.id);
      assert.equal(video.remixed_from_video_id, source.id);
    });

    it('honours Idempotency-Key on creates: a retry gets the same video, another request with the key is a 409', async () => {
      const key = `test-${Date.now()}-${Math.random()}`;
      const headers = { 'Idempotency-Key': key };
      const body = { prompt: 'a wooden crate falls', seconds: '2' as '4', ...({ fps: '24' } as object) };
      const first = await a.videos.create(body, { headers });
      const { data: again, response } = await a.videos.create(body, { headers }).withResponse();
      assert.equal(again.id, first.id);
      assert.equal(response.headers.get('idempotent-replayed'), 'true');
      const asJson = await a.post<Video>('/videos', { body: { prompt: 'a wooden crate falls', seconds: 2, fps: 24 }, headers });
      assert.equal(asJson.id, first.id, 'the same request as JSON is the same request');
      await assertApiError(a.videos.create({ ...body, prompt: 'a metal crate falls' }, { headers }), { status: 409, param: 'Idempotency-Key', code: 'idempotency_key_reused' });
      // Keys belong to one API key: another client may use the same string.
      const other = await b.videos.create(body, { headers });
      assert.notEqual(other.id, first.id);
      // Not finished yet: no content.
      await assertApiError(a.videos.downloadContent(first.id), { status: 409, param: 'video_id', code: 'video_not_ready' });
      for (const id of [first.id, other.id]) await a.videos.delete(id);
    });

    it('deletes a video while it renders: the render stops and its files go', async () => {
      const long = await a.videos.create({ prompt: 'three wooden crates fall in a kitchen', seconds: '8', ...({ fps: '24' } as object) });
      await waitFor(async () => {
        const v = await a.videos.retrieve(long.id);
        return v.status === 'in_progress' && v.progress >= 2;
      }, 'the long render to be under way', 120_000, 50);
      const deleted = await a.videos.delete(long.id);
      assert.deepEqual(deleted, { id: long.id, object: 'video.deleted', deleted: true });
      await assertApiError(a.videos.retrieve(long.id), { status: 404, param: 'video_id', code: 'video_not_found' });
      await assertApiError(a.videos.downloadContent(long.id), { status: 404, code: 'video_not_found' });
      const listed = [];
      for await (const v of a.videos.list({ limit: 100 })) listed.push(v.id);
      assert.equal(listed.includes(long.id), false);
      // The render of an 8 s clip takes far longer than this: it stopped.
      await waitFor(async () => (await env.queue.counts()).active === 0, 'the running job to stop', 8000);
      await waitFor(() => !readdirSync(join(env.dataDir, 'work'), { withFileTypes: true }).some((d) => d.name.startsWith(long.id)), 'the scratch files to be removed', 8000);
      assert.equal(existsSync(join(env.dataDir, 'blobs', 'videos', long.id)), false);
    });

    it('deletes a finished video and its files', async () => {
      const victim = created[2]!;
      assert.ok(existsSync(join(env.dataDir, 'blobs', 'videos', victim.id, 'video.mp4')));
      assert.deepEqual(await c.videos.delete(victim.id), { id: victim.id, object: 'video.deleted', deleted: true });
      assert.equal(existsSync(join(env.dataDir, 'blobs', 'videos', victim.id)), false);
      await assertApiError(c.videos.retrieve(victim.id), { status: 404, code: 'video_not_found' });
      await assertApiError(c.videos.delete(victim.id), { status: 404, code: 'video_not_found' });
    });

    it('answers every error in the OpenAI shape with the right status, type, param and code', async (t) => {
      const png = await toFile(tinyPng(8, 8), 'ref.png', { type: 'image/png' });
      const cases: [string, () => Promise<unknown>, Parameters<typeof assertApiError>[1]][] = [
        ['unknown model', () => a.videos.create({ prompt: 'a ball', model: 'gpt-9' }), { status: 400, param: 'model', code: 'invalid_value' }],
        ['seconds 0', () => a.videos.create({ prompt: 'a ball', seconds: '0' as '4' }), { status: 400, param: 'seconds', code: 'invalid_value' }],
        ['seconds 21', () => a.videos.create({ prompt: 'a ball', seconds: '21' as '4' }), { status: 400, param: 'seconds', code: 'invalid_value' }],
        ['seconds ten', () => a.post('/videos', { body: { prompt: 'a ball', seconds: 'ten' } }), { status: 400, param: 'seconds', code: 'invalid_value' }],
        ['size', () => a.videos.create({ prompt: 'a ball', size: '640x480' as '720x1280' }), { status: 400, param: 'size', code: 'invalid_value' }],
        ['fps', () => a.post('/videos', { body: { prompt: 'a ball', fps: 25 } }), { status: 400, param: 'fps', code: 'invalid_value' }],
        ['seed', () => a.post('/videos', { body: { prompt: 'a ball', seed: -1 } }), { status: 400, param: 'seed', code: 'invalid_value' }],
        ['unknown parameter', () => a.post('/videos', { body: { prompt: 'a ball', colour: 'red' } }), { status: 400, param: 'colour', code: 'unknown_parameter' }],
        ['missing prompt', () => a.videos.create({ seconds: '4' } as never), { status: 400, param: 'prompt', code: 'missing_required_parameter' }],
        ['invalid plan', () => a.post('/videos', { body: { plan: { ...directPlan('a ball'), cast: [{ id: 'x', kind: 'unicorn' }] } } }), { status: 422, param: 'plan.cast.0.kind', code: 'invalid_plan' }],
        ['plan not JSON (multipart)', () => a.videos.create({ ...({ plan: '{nope' } as object) } as never), { status: 400, param: 'plan', code: 'invalid_json' }],
        ['reference not an image', async () => a.videos.create({ prompt: 'a ball', input_reference: await toFile(Buffer.from('not an image'), 'x.png', { type: 'image/png' }) }), { status: 400, param: 'input_reference', code: 'invalid_image' }],
        ['reference remote URL', () => a.post('/videos', { body: { prompt: 'a ball', input_reference: { image_url: 'https://example.com/a.png' } } }), { status: 400, param: 'input_reference.image_url', code: 'unsupported_value' }],
        ['reference file and URL', () => a.videos.create({ prompt: 'a ball', input_reference: png, ...({ 'input_reference[image_url]': 'data:image/png;base64,AA==' } as object) } as never), { status: 400, param: 'input_reference', code: 'invalid_value' }],
        ['upload too large', async () => a.videos.create({ prompt: 'a ball', input_reference: await toFile(Buffer.concat([tinyPng(8, 8), Buffer.alloc(SUITE_LIMITS.maxUploadBytes)]), 'big.png', { type: 'image/png' }) }), { status: 413, param: 'input_reference', code: 'file_too_large' }],
        ['body too large', () => a.post('/videos', { body: { prompt: 'x'.repeat(SUITE_LIMITS.maxBodyBytes + 10) } }), { status: 413, param: null, code: 'request_too_large' }],
        ['unsupported media type', () => a.post('/videos', { body: 'prompt=a ball', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), { status: 415, param: null, code: 'unsupported_media_type' }],
        ['text body', () => a.post('/videos', { body: 'a ball', headers: { 'Content-Type': 'text/plain' } }), { status: 415, code: 'unsupported_media_type' }],
        ['invalid JSON', () => a.post('/videos', { body: '{"prompt": ', headers: { 'Content-Type': 'application/json' } }), { status: 400, code: 'invalid_json' }],
        ['retrieve unknown', () => a.videos.retrieve('video_00000000000000000000000000000000'), { status: 404, param: 'video_id', code: 'video_not_found' }],
        ['retrieve malformed id', () => a.videos.retrieve('nope'), { status: 404, param: 'video_id', code: 'video_not_found' }],
        ['delete unknown', () => a.videos.delete('video_00000000000000000000000000000000'), { status: 404, code: 'video_not_found' }],
        ['content unknown', () => a.videos.downloadContent('video_00000000000000000000000000000000'), { status: 404, code: 'video_not_found' }],
        ['content variant', () => a.videos.downloadContent(created[0]!.id, { variant: 'gif' as 'video' }), { status: 400, param: 'variant', code: 'invalid_value' }],
        ['remix unknown', () => a.videos.remix('video_00000000000000000000000000000000', { prompt: 'x' }), { status: 404, code: 'video_not_found' }],
        ['remix without prompt', () => a.videos.remix(created[0]!.id, {} as never), { status: 400, param: 'prompt', code: 'missing_required_parameter' }],
        ['plan unknown', () => a.get('/videos/video_00000000000000000000000000000000/plan'), { status: 404, code: 'video_not_found' }],
        ['list limit', () => a.videos.list({ limit: 0 }), { status: 400, param: 'limit', code: 'invalid_value' }],
        ['list limit too big', () => a.videos.list({ limit: 101 }), { status: 400, param: 'limit', code: 'invalid_value' }],
        ['list order', () => a.videos.list({ order: 'up' as 'asc' }), { status: 400, param: 'order', code: 'invalid_value' }],
        ['list after', () => a.videos.list({ after: 'yesterday' }), { status: 400, param: 'after', code: 'invalid_value' }],
        ['unknown route', () => a.get('/nothing-here'), { status: 404, param: null, code: 'unknown_url' }],
        ['unknown method', () => a.patch('/videos'), { status: 404, code: 'unknown_url' }],
        ['no API key', () => a.videos.list({}, { headers: { Authorization: null } }), { status: 401, param: null, code: 'missing_api_key' }],
        ['wrong API key', () => new OpenAI({ apiKey: 'kl-not-a-real-key', baseURL: `${env.url}/v1`, maxRetries: 0 }).videos.list(), { status: 401, param: null, code: 'invalid_api_key' }],
        ['not a Bearer token', () => a.videos.list({}, { headers: { Authorization: 'Basic abc' } }), { status: 401, code: 'invalid_api_key' }],
      ];
      for (const [label, call, want] of cases) {
        await t.test(label, async () => {
          const e = await assertApiError(call(), want);
          if (want.status < 500 && want.status !== 429) assert.equal(e.headers?.get('x-should-retry'), 'false', 'the SDK is told not to retry');
          assert.match(e.headers?.get('x-request-id') ?? '', /\S/, 'every response carries a request id');
        });
      }
    });

    it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
      const doc = await a.get<{ openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>; components: { schemas: Record<string, { required?: string[] }> } }>('/openapi.json', { headers: { Authorization: null } });
      assert.equal(doc.openapi, '3.1.0');
      for (const p of ['/v1/videos', '/v1/videos/{video_id}', '/v1/videos/{video_id}/content', '/v1/videos/{video_id}/remix', '/v1/videos/{video_id}/plan']) assert.ok(doc.paths[p], p);
      assert.deepEqual(Object.keys(doc.paths['/v1/videos']!.post!.requestBody!.content).sort(), ['application/json', 'multipart/form-data']);
      assert.ok(doc.components.schemas.Video!.required!.includes('remixed_from_video_id'));
      assert.ok(doc.components.schemas.ScenePlan);
    });

    it('reports health and Prometheus metrics', async () => {
      const health = await fetch(`${env.url}/healthz`);
      assert.equal(health.status, 200);
      assert.equal(((await health.json()) as { status: string }).status, 'ok');
      const text = await (await fetch(`${env.url}/metrics`)).text();
      assert.match(text, /klappe_queue_depth\{state="waiting"\} \d+/);
      assert.match(text, /klappe_http_requests_total\{method="POST",route="\/v1\/videos",status="200"\} [1-9]/);
      let jobs = 0;
      for (const url of env.jobMetricsUrls()) {
        const m = await (await fetch(url)).text();
        jobs += Number(/klappe_job_duration_seconds_count\{model="klappe-1",outcome="completed"\} (\d+)/.exec(m)?.[1] ?? 0);
        assert.match(m, /klappe_render_frames_per_second_count\{size="720x1280"\} \d+/);
      }
      assert.ok(jobs >= 1, 'job durations are recorded');
    });

    opts.more?.(() => env);
  });
}
