/** How a render job ends when things go wrong: retried, failed for good, or nothing to do. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { directPlan, EncodeError, PlanError } from '@klappe/engine';
import { LocalBlobStore } from '../blobs/LocalBlobStore.ts';
import { createLogger } from '../ops/createLogger.ts';
import { newVideoId } from '../store/newId.ts';
import { openDatabase, type OpenedDatabase } from '../store/openDatabase.ts';
import { VideoStore } from '../store/VideoStore.ts';
import { classifyRenderError, createVideoJobHandler } from './createVideoJobHandler.ts';
import { RetryLater } from './jobErrors.ts';

describe('the render job', () => {
  let dir: string;
  let opened: OpenedDatabase;
  let videos: VideoStore;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-job-'));
    opened = await openDatabase({ dataDir: dir });
    await opened.migrate();
    videos = new VideoStore(opened.db);
  });
  after(async () => {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function video(plan: string = JSON.stringify(directPlan('a ball', { duration: 1 }))) {
    const id = newVideoId();
    await videos.insert({ id, status: 'queued', model: 'klappe-1', tier: 'standard', seconds: '1', size: '720x1280', prompt: 'a ball', preset: null, seed: 1, plan, input_reference_key: null, remixed_from_video_id: null, owner_key_id: null, created_at: Date.now(), started_at: null, completed_at: null, expires_at: null, error_code: null, error_message: null });
    return id;
  }
  const handler = (workDir = join(dir, 'work')) => createVideoJobHandler({ videos, blobs: new LocalBlobStore(join(dir, 'blobs')), workDir, logger: createLogger({ level: 'silent' }), assetTtlHours: 1 });
  const run = (h: ReturnType<typeof handler>, videoId: string, attempt: number, maxAttempts: number) => h({ videoId, attempt, maxAttempts, signal: new AbortController().signal });

  it('fails at once, without retrying, when the plan cannot be rendered', async () => {
    const id = await video('{"version": 1, "seed": "nope"}');
    await run(handler(), id, 1, 3);
    const row = await videos.get(id);
    assert.equal(row?.status, 'failed');
    assert.equal(row?.error_code, 'invalid_plan');
    assert.match(row?.error_message ?? '', /seed/);
  });

  it('asks for a retry after a transient failure, and fails with the code after the last attempt', async () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'x'); // the scratch folder cannot be made: an internal error
    const id = await video();
    await assert.rejects(run(handler(blocked), id, 1, 2), (err) => err instanceof RetryLater && err.code === 'internal_error');
    assert.equal((await videos.get(id))?.status, 'queued', 'back in the queue between attempts');
    await run(handler(blocked), id, 2, 2);
    const row = await videos.get(id);
    assert.equal(row?.status, 'failed');
    assert.equal(row?.error_code, 'internal_error');
    assert.equal(row?.attempts, 2);
  });

  it('fails with worker_lost when the workers died more often than the attempts allow', async () => {
    const id = await video();
    await run(handler(), id, 4, 3);
    assert.equal((await videos.get(id))?.error_code, 'worker_lost');
  });

  it('does nothing for a deleted or finished video', async () => {
    await run(handler(), 'video_00000000000000000000000000000000', 1, 3);
    const id = await video();
    await videos.markFailed(id, 'invalid_plan', 'x', Date.now());
    await run(handler(), id, 1, 3);
    assert.equal((await videos.get(id))?.attempts, 0);
  });

  it('classifies errors into codes users can act on', () => {
    assert.deepEqual(classifyRenderError(new PlanError('cast.0.kind', 'unknown kind')), { code: 'invalid_plan', message: 'invalid plan: cast.0.kind: unknown kind', retryable: false });
    assert.equal(classifyRenderError(new EncodeError('ffmpeg exited with 1')).code, 'encode_failed');
    assert.equal(classifyRenderError(new Error('boom')).retryable, true);
  });
});
