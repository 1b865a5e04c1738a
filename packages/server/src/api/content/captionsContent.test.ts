/** The captions download: `GET /v1/videos/{id}/content?variant=captions` returns the clip's WebVTT. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type OpenAI from 'openai';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { pollToCompletion } from '../../testing/videoApiSuite.ts';

describe('captions content variant', () => {
  let server: TestServer;
  let client: OpenAI;
  before(async () => {
    server = await startTestServer({ concurrency: 1 });
    client = await server.newClient();
  });
  after(async () => server.close());

  it('serves text/vtt for a clip with speech and 404 for a clip without', async () => {
    const talking = await client.videos.create({ prompt: 'a robot says "Hello there!"', seconds: '1' as '4', ...({ fps: 24 } as object) });
    const silent = await client.videos.create({ prompt: 'a small ball falls', seconds: '1' as '4', ...({ fps: 24 } as object) });
    await pollToCompletion(client, talking.id);
    await pollToCompletion(client, silent.id);
    const res = await client.videos.downloadContent(talking.id, { variant: 'captions' as 'video' });
    assert.match(res.headers.get('content-type') ?? '', /^text\/vtt/);
    const vtt = await res.text();
    assert.match(vtt, /^WEBVTT\n/);
    assert.match(vtt, /Hello <\d\d:\d\d:\d\d\.\d{3}>there!/);
    await assert.rejects(client.videos.downloadContent(silent.id, { variant: 'captions' as 'video' }), (err: { status?: number; code?: string }) => err.status === 404 && err.code === 'content_not_found');
  });
});
