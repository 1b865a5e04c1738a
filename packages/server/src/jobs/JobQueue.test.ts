/**
 * The queue contract, checked on every implementation with real backends: the database queue
 * on SQLite and on Postgres, and BullMQ on Redis. No rendering here — handlers are stand-ins.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase, type OpenedDatabase } from '../store/openDatabase.ts';
import { dropRedisPrefix, dropSchema, postgresAvailable, redisAvailable, TEST_DATABASE_URL, TEST_REDIS_URL, uniqueName } from '../testing/testServices.ts';
import { waitFor } from '../testing/waitFor.ts';
import { BullQueue } from './BullQueue.ts';
import { DatabaseQueue } from './DatabaseQueue.ts';
import { JobInterrupted, RetryLater } from './jobErrors.ts';
import type { JobContext, JobQueue } from './JobQueue.ts';

interface Backend {
  name: string;
  skip: string | false;
  open(): Promise<{ queue: JobQueue; cleanup(): Promise<void> }>;
}

const OPTS = { maxAttempts: 3, retryDelayMs: 50, leaseMs: 2000, pollMs: 20 };

async function sqlite(): Promise<{ opened: OpenedDatabase; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'klappe-queue-'));
  const opened = await openDatabase({ dataDir: dir });
  await opened.migrate();
  return { opened, cleanup: async () => { await opened.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function postgres(): Promise<{ opened: OpenedDatabase; cleanup(): Promise<void> }> {
  const schema = uniqueName('klappe_queue_test');
  const opened = await openDatabase({ dataDir: tmpdir(), databaseUrl: TEST_DATABASE_URL, databaseSchema: schema, poolSize: 4 });
  const cleanup = async () => {
    await opened.close();
    await dropSchema(schema);
  };
  await opened.migrate().catch(async (err) => {
    await cleanup();
    throw err;
  });
  return { opened, cleanup };
}

const [hasPg, hasRedis] = await Promise.all([postgresAvailable(), redisAvailable()]);

const backends: Backend[] = [
  {
    name: 'database queue on SQLite',
    skip: false,
    async open() {
      const { opened, cleanup } = await sqlite();
      return { queue: new DatabaseQueue(opened.db, OPTS), cleanup };
    },
  },
  {
    name: 'database queue on Postgres',
    skip: hasPg ? false : `no PostgreSQL at ${TEST_DATABASE_URL}`,
    async open() {
      const { opened, cleanup } = await postgres();
      return { queue: new DatabaseQueue(opened.db, OPTS), cleanup };
    },
  },
  {
    name: 'BullMQ on Redis',
    skip: hasRedis ? false : `no Redis at ${TEST_REDIS_URL}`,
    async open() {
      const prefix = uniqueName('klappe-test');
      const queue = new BullQueue({ redisUrl: TEST_REDIS_URL, prefix, maxAttempts: 3, retryDelayMs: 50, leaseMs: 2000 });
      return { queue, cleanup: async () => { await queue.close(); await dropRedisPrefix(prefix); } };
    },
  },
];

for (const backend of backends) {
  describe(`JobQueue: ${backend.name}`, { skip: backend.skip }, () => {
    it('runs every job once, at most `concurrency` at a time, and forgets finished jobs', async () => {
      const { queue, cleanup } = await backend.open();
      try {
        const seen: JobContext[] = [];
        let active = 0;
        let maxActive = 0;
        const consumer = queue.consume(async (job) => {
          seen.push(job);
          maxActive = Math.max(maxActive, ++active);
          await new Promise((r) => setTimeout(r, 30));
          active--;
        }, { concurrency: 2 });
        for (const id of ['video_a', 'video_b', 'video_c', 'video_d']) await queue.enqueue(id);
        await waitFor(async () => seen.length === 4 && consumer.running === 0 && (await queue.counts()).active === 0, 'all jobs done', 20_000);
        await consumer.stop(1000);
        assert.deepEqual(seen.map((j) => j.videoId).sort(), ['video_a', 'video_b', 'video_c', 'video_d']);
        assert.ok(seen.every((j) => j.attempt === 1 && j.maxAttempts === 3));
        assert.ok(maxActive <= 2, `ran ${maxActive} at once`);
        assert.deepEqual(await queue.counts(), { waiting: 0, active: 0, delayed: 0 });
      } finally {
        await cleanup();
      }
    });

    it('retries a job that asks for it, counting attempts', async () => {
      const { queue, cleanup } = await backend.open();
      try {
        const attempts: number[] = [];
        const consumer = queue.consume(async (job) => {
          attempts.push(job.attempt);
          if (job.attempt < 3) throw new RetryLater('the encoder crashed', 'encode_failed');
        }, { concurrency: 1 });
        await queue.enqueue('video_retry');
        await waitFor(() => attempts.length === 3 && consumer.running === 0, 'three attempts', 20_000);
        await consumer.stop(1000);
        assert.deepEqual(attempts, [1, 2, 3]);
      } finally {
        await cleanup();
      }
    });

    it('hands interrupted work back at shutdown without counting the attempt', async () => {
      const { queue, cleanup } = await backend.open();
      try {
        let started = false;
        let sawReason: unknown;
        const first = queue.consume(async (job) => {
          started = true;
          await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve(), { once: true }));
          sawReason = job.signal.reason;
          throw job.signal.reason;
        }, { concurrency: 1 });
        await queue.enqueue('video_long');
        await waitFor(() => started, 'the job to start', 20_000);
        await first.stop(0);
        assert.ok(sawReason instanceof JobInterrupted);
        const second: JobContext[] = [];
        const next = queue.consume(async (job) => {
          second.push(job);
        }, { concurrency: 1 });
        await waitFor(() => second.length === 1, 'the job to run again', 20_000);
        await next.stop(1000);
        assert.equal(second[0]!.videoId, 'video_long');
        assert.equal(second[0]!.attempt, 1);
      } finally {
        await cleanup();
      }
    });

    it('drops a cancelled job before it runs', async () => {
      const { queue, cleanup } = await backend.open();
      try {
        await queue.enqueue('video_1_cancelled');
        await queue.cancel('video_1_cancelled');
        await queue.enqueue('video_2_kept');
        const seen: string[] = [];
        const consumer = queue.consume(async (job) => {
          seen.push(job.videoId);
        }, { concurrency: 1 });
        await waitFor(() => seen.length === 1, 'the kept job', 20_000);
        await consumer.stop(1000);
        assert.deepEqual(seen, ['video_2_kept']);
      } finally {
        await cleanup();
      }
    });

    if (backend.name.startsWith('database')) {
      it('gives a job to one worker only, and to another when the first stops heartbeating', async () => {
        const { queue, cleanup } = await backend.open();
        try {
          const a = queue as DatabaseQueue;
          let clock = Date.now();
          const b = new DatabaseQueue((a as unknown as { db: never }).db, { ...OPTS, now: () => clock });
          await a.enqueue('video_race');
          const claims = await Promise.all([a.claim(), b.claim(), a.claim(), b.claim()]);
          assert.equal(claims.filter(Boolean).length, 1, 'exactly one of four concurrent claims wins');

          await a.enqueue('video_lease');
          await a.cancel('video_race');
          assert.equal((await a.claim())?.id, 'video_lease');
          assert.equal(await a.heartbeat('video_lease'), true);
          // The owner dies: no more heartbeats. Before the lease runs out nobody else gets the job…
          assert.equal(await b.claim(), undefined);
          // …after, another worker does, as attempt 2, and the old owner can no longer renew it.
          clock += OPTS.leaseMs + 1000;
          const retaken = await b.claim();
          assert.equal(retaken?.id, 'video_lease');
          assert.equal(retaken?.attempt, 2);
          assert.equal(await a.heartbeat('video_lease'), false);
        } finally {
          await cleanup();
        }
      });
    }
  });
}
