/** Expired videos lose their files and answer 404 video_expired; old idempotency keys are forgotten. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { directPlan } from '@klappe/engine';
import { videoBlobKeys } from '../blobs/BlobStore.ts';
import { newVideoId } from '../store/newId.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { assertApiError } from '../testing/videoApiSuite.ts';
import { cleanupExpired, IDEMPOTENCY_TTL_MS } from './cleanupExpired.ts';

describe('cleanup of expired videos', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ concurrency: 0 });
  });
  after(() => t.close());

  async function finishedVideo(expiresAt: number | null) {
    const { videos, blobs } = t.server.runtime;
    const id = newVideoId();
    const plan = directPlan('a ball', { duration: 1 });
    await videos.insert({ id, status: 'completed', model: 'klappe-1', tier: 'standard', seconds: '1', size: '720x1280', prompt: 'a ball', preset: null, seed: plan.seed, plan: JSON.stringify(plan), input_reference_key: null, remixed_from_video_id: null, owner_key_id: null, created_at: Date.now() - 10_000, started_at: null, completed_at: Date.now() - 5000, expires_at: expiresAt, error_code: null, error_message: null });
    const keys = videoBlobKeys(id);
    await blobs.putBuffer(keys.video, Buffer.from('mp4'));
    await blobs.putBuffer(keys.thumbnail, Buffer.from('jpg'));
    return id;
  }

  it('removes the files of expired videos only, and keeps the videos listed', async () => {
    const { videos, blobs, logger } = t.server.runtime;
    const expired = await finishedVideo(Date.now() - 1000);
    const fresh = await finishedVideo(Date.now() + 3_600_000);
    const forever = await finishedVideo(null);
    const result = await cleanupExpired({ videos, blobs, logger });
    assert.equal(result.videos, 1);
    assert.equal(existsSync(join(t.dataDir, 'blobs', 'videos', expired)), false);
    assert.ok(existsSync(join(t.dataDir, 'blobs', 'videos', fresh, 'video.mp4')));
    assert.ok(existsSync(join(t.dataDir, 'blobs', 'videos', forever, 'video.mp4')));
    const client = await t.newClient();
    const video = await client.videos.retrieve(expired);
    assert.equal(video.status, 'completed');
    assert.ok(video.expires_at! <= Date.now() / 1000);
    await assertApiError(client.videos.downloadContent(expired), { status: 404, param: 'video_id', code: 'video_expired' });
    assert.equal((await client.videos.downloadContent(fresh)).status, 200);
    assert.equal((await cleanupExpired({ videos, blobs, logger })).videos, 0, 'done once');
  });

  it('forgets idempotency keys after a day', async () => {
    const { videos, blobs, logger } = t.server.runtime;
    const id = await finishedVideo(null);
    const now = Date.now();
    await videos.db.transaction().execute(async (tx) => {
      await videos.claimIdempotencyKey(tx, { apiKeyId: 'key_a', key: 'old', requestHash: 'h', videoId: id, now: now - IDEMPOTENCY_TTL_MS - 1 });
      await videos.claimIdempotencyKey(tx, { apiKeyId: 'key_a', key: 'new', requestHash: 'h', videoId: id, now });
    });
    assert.equal((await cleanupExpired({ videos, blobs, logger }, now)).idempotencyKeys, 1);
    const left = await videos.db.selectFrom('idempotency_keys').select('key').execute();
    assert.deepEqual(left.map((r) => r.key), ['new']);
  });
});
