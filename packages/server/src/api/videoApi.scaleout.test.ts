/**
 * The same API contract at scale: Postgres (a fresh schema), BullMQ on Redis (a fresh prefix)
 * and two `klappe worker` processes; the API server renders nothing itself. Also: a worker
 * killed with SIGKILL mid-render, and one stopped with SIGTERM, lose nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { probeMedia } from '@klappe/engine';
import { spawnKlappe, waitForLog, type KlappeProcess } from '../testing/spawnKlappe.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { dropRedisPrefix, dropSchema, scaleOutSkipReason, TEST_DATABASE_URL, TEST_REDIS_URL, uniqueName } from '../testing/testServices.ts';
import { pollToCompletion, SUITE_LIMITS, videoApiSuite, type ApiEnv } from '../testing/videoApiSuite.ts';
import { waitFor } from '../testing/waitFor.ts';

const skip = await scaleOutSkipReason();
const schema = uniqueName('klappe_test');
const prefix = uniqueName('klappe-test');
// Made only when the services are there (a skipped run leaves nothing behind).
const dataDir = skip ? '' : mkdtempSync(join(tmpdir(), 'klappe-scaleout-'));
const workers: KlappeProcess[] = [];
const workerEnv = {
  DATABASE_URL: TEST_DATABASE_URL,
  DATABASE_SCHEMA: schema,
  REDIS_URL: TEST_REDIS_URL,
  KLAPPE_QUEUE_PREFIX: prefix,
  KLAPPE_DATA: dataDir,
  KLAPPE_JOB_LEASE_MS: '3000',
  KLAPPE_RETRY_DELAY_MS: '200',
  KLAPPE_RENDER_THREADS: '1',
  KLAPPE_SHUTDOWN_GRACE_MS: '300',
  KLAPPE_LOG_LEVEL: 'info',
};

async function startWorkerProcess(): Promise<KlappeProcess> {
  const w = spawnKlappe(['worker', '--metrics-port', '0'], workerEnv);
  workers.push(w);
  await waitForLog(w, 'worker_started', {}, 60_000);
  return w;
}

const alive = () => workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
const ownerOf = (videoId: string) => alive().find((w) => w.logs.some((l) => l.event === 'job_started' && l.videoId === videoId));

videoApiSuite(
  'video API on Postgres + Redis (BullMQ) with klappe worker processes',
  async (): Promise<ApiEnv> => {
    let server: TestServer | undefined;
    try {
      server = await startTestServer(
        { ...SUITE_LIMITS, concurrency: 0, databaseUrl: TEST_DATABASE_URL, databaseSchema: schema, redisUrl: TEST_REDIS_URL, queuePrefix: prefix },
        { dataDir },
      );
      await Promise.all([startWorkerProcess(), startWorkerProcess()]);
    } catch (err) {
      for (const w of workers) w.kill('SIGKILL');
      await Promise.all(workers.map((w) => w.exited));
      await server?.close();
      await dropSchema(schema).catch(() => {});
      await dropRedisPrefix(prefix).catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
      throw err;
    }
    const s = server;
    return {
      url: s.url,
      dataDir,
      newClient: () => s.newClient(),
      queue: s.server.runtime.queue,
      jobMetricsUrls: () => alive().map((w) => String(w.logs.find((l) => l.event === 'worker_started')!.metricsUrl)),
      async close() {
        for (const w of alive()) w.kill('SIGTERM');
        await Promise.all(workers.map((w) => w.exited));
        await s.close();
        await dropSchema(schema);
        await dropRedisPrefix(prefix);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
  {
    skip,
    more: (env) => {
      it('a worker killed with SIGKILL mid-render: another worker takes the job over and it completes', async () => {
        const client = await env().newClient();
        const v = await client.videos.create({ prompt: 'a big metal anvil falls on a wooden floor', seconds: '3' as '4', ...({ fps: '24' } as object) });
        const owner = await waitFor(() => ownerOf(v.id), 'a worker to start the render', 60_000);
        await waitFor(async () => (await client.videos.retrieve(v.id)).progress >= 5, 'the render to be under way', 60_000);
        owner.kill('SIGKILL');
        assert.equal(await owner.exited, 'SIGKILL');
        const survivor = alive()[0]!;
        await waitForLog(survivor, 'job_started', { videoId: v.id }, 60_000);
        const { video } = await pollToCompletion(client, v.id);
        assert.equal(video.progress, 100);
        const file = join(dataDir, 'sigkill.mp4');
        writeFileSync(file, Buffer.from(await (await client.videos.downloadContent(v.id)).arrayBuffer()));
        const info = await probeMedia(file);
        assert.ok(Math.abs(Number(info.format.duration) - 3) < 0.1, `a whole 3 s clip, got ${info.format.duration}`);
        assert.equal(info.streams.find((st) => st.codec_type === 'video')?.nb_frames, '72');
        await startWorkerProcess();
      });

      it('a worker stopped with SIGTERM hands its unfinished render back; another worker completes it', async () => {
        const client = await env().newClient();
        const v = await client.videos.create({ prompt: 'two wooden crates fall in a kitchen', seconds: '3' as '4', ...({ fps: '24' } as object) });
        const owner = await waitFor(() => ownerOf(v.id), 'a worker to start the render', 60_000);
        await waitFor(async () => (await client.videos.retrieve(v.id)).progress >= 5, 'the render to be under way', 60_000);
        owner.kill('SIGTERM');
        assert.equal(await owner.exited, 0, 'a clean exit');
        assert.ok(owner.logs.some((l) => l.msg === 'render interrupted by shutdown; back in the queue' && l.videoId === v.id));
        const survivor = alive().find((w) => w !== owner)!;
        await waitForLog(survivor, 'job_started', { videoId: v.id }, 30_000);
        const { video } = await pollToCompletion(client, v.id);
        assert.equal(video.status, 'completed');
      });
    },
  },
);
