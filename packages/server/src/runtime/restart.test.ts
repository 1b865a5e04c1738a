/**
 * `klappe serve` as a real process on SQLite: killed with SIGKILL mid-render, its job is
 * taken again after the lease runs out when the server is started again; the queued job
 * behind it also runs. SIGTERM hands an unfinished render back to the queue and exits cleanly;
 * the next start renders it. The first start prints an API key, later starts do not.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { probeMedia } from '@klappe/engine';
import type OpenAI from 'openai';
import { spawnKlappe, waitForLog, type KlappeProcess } from '../testing/spawnKlappe.ts';
import { sdkClient } from '../testing/startTestServer.ts';
import { pollToCompletion } from '../testing/videoApiSuite.ts';
import { waitFor } from '../testing/waitFor.ts';

describe('klappe serve restarts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'klappe-restart-'));
  const procs: KlappeProcess[] = [];
  after(async () => {
    for (const p of procs) p.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exited));
    rmSync(dataDir, { recursive: true, force: true });
  });
  const env = {
    KLAPPE_DATA: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    KLAPPE_JOB_LEASE_MS: '2000',
    KLAPPE_RENDER_THREADS: '1',
    KLAPPE_SHUTDOWN_GRACE_MS: '0',
    KLAPPE_POLL_AFTER_MS: '200',
    KLAPPE_LOG_LEVEL: 'info',
  };
  const serve = async () => {
    const p = spawnKlappe(['serve'], env);
    procs.push(p);
    const started = await waitForLog(p, 'server_started');
    await waitFor(() => p.stderr().includes('Make API keys with'), 'the start-up message');
    return { p, url: String(started.url) };
  };
  const rendering = (p: KlappeProcess) => p.logs.find((l) => l.event === 'job_started')?.videoId as string | undefined;
  const underway = (client: OpenAI, id: string) => waitFor(async () => (await client.videos.retrieve(id)).progress >= 5, `video ${id} to be rendering`, 60_000);

  it('resumes interrupted and queued jobs after SIGKILL and after SIGTERM', async () => {
    const s1 = await serve();
    const key = /(kl-[A-Za-z0-9_-]{43})/.exec(s1.p.stderr())?.[1];
    assert.ok(key, `the first start prints an API key:\n${s1.p.stderr()}`);
    let client = sdkClient(s1.url, key);
    const first = await client.videos.create({ prompt: 'a red ball bounces on a wooden floor', seconds: '2' as '4', ...({ fps: '24' } as object) });
    const second = await client.videos.create({ prompt: 'a small green ball falls', seconds: '1' as '4', ...({ fps: '24' } as object) });
    await waitFor(() => rendering(s1.p) === first.id, 'the first video to start');
    await underway(client, first.id);
    s1.p.kill('SIGKILL');
    assert.equal(await s1.p.exited, 'SIGKILL');

    const s2 = await serve();
    assert.doesNotMatch(s2.p.stderr(), /kl-[A-Za-z0-9_-]{43}/, 'later starts do not print a key');
    client = sdkClient(s2.url, key);
    assert.equal((await client.videos.retrieve(second.id)).status, 'queued');
    // The first job's lease runs out; the restarted server takes it over.
    const resumed = await waitFor(() => rendering(s2.p), 'a job to start after the restart', 30_000);
    await underway(client, resumed);
    s2.p.kill('SIGTERM');
    assert.equal(await s2.p.exited, 0, `a clean exit on SIGTERM:\n${s2.p.stderr()}`);
    assert.ok(s2.p.logs.some((l) => l.msg === 'render interrupted by shutdown; back in the queue' && l.videoId === resumed));
    assert.match(s2.p.stderr(), /SIGTERM: finishing running renders/);

    const s3 = await serve();
    client = sdkClient(s3.url, key);
    assert.equal((await client.videos.retrieve(resumed)).status, 'queued', 'handed back to the queue');
    const done = await Promise.all([pollToCompletion(client, first.id), pollToCompletion(client, second.id)]);
    assert.deepEqual(done.map((d) => d.video.status), ['completed', 'completed']);
    const file = join(dataDir, 'first.mp4');
    writeFileSync(file, Buffer.from(await (await client.videos.downloadContent(first.id)).arrayBuffer()));
    assert.ok(Math.abs(Number((await probeMedia(file)).format.duration) - 2) < 0.1);
    s3.p.kill('SIGTERM');
    assert.equal(await s3.p.exited, 0);
  });
});
