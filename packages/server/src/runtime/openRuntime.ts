/**
 * What a server and a worker share: configuration, logs, the database (migrated), the blob
 * store, the job queue and metrics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { LocalBlobStore } from '../blobs/LocalBlobStore.ts';
import type { BlobStore } from '../blobs/BlobStore.ts';
import type { ServerConfig } from '../config/ServerConfig.ts';
import { BullQueue } from '../jobs/BullQueue.ts';
import { DatabaseQueue } from '../jobs/DatabaseQueue.ts';
import type { JobQueue } from '../jobs/JobQueue.ts';
import { createLogger, type Logger } from '../ops/createLogger.ts';
import { createMetrics, type Metrics } from '../ops/createMetrics.ts';
import { ApiKeyStore } from '../store/ApiKeyStore.ts';
import { openDatabase, type OpenedDatabase } from '../store/openDatabase.ts';
import { VideoStore } from '../store/VideoStore.ts';
import { VideoMarkStore } from '../store/VideoMarkStore.ts';
import { ensureTrustKeys, trustKeyConfigFromEnv, type TrustKeys } from '@klappe/trust';

export const SERVER_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface Runtime {
  config: ServerConfig;
  logger: Logger;
  database: OpenedDatabase;
  videos: VideoStore;
  keys: ApiKeyStore;
  blobs: BlobStore;
  queue: JobQueue;
  metrics: Metrics;
  workDir: string;
  /** C2PA signing keys, trust anchors and the watermark key (made on first start in <data>/trust). */
  trust: TrustKeys;
  /** Mark id → video records for the verifier. */
  marks: VideoMarkStore;
  health(): Promise<{ ok: boolean; checks: Record<string, unknown> }>;
  close(): Promise<void>;
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

export async function openRuntime(config: ServerConfig, opts: { role: 'server' | 'worker'; logger?: Logger }): Promise<Runtime> {
  const logger = opts.logger ?? createLogger({ level: config.logLevel, bindings: { service: `klappe-${opts.role}`, pid: process.pid } });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, databaseSchema: config.databaseSchema, dataDir: config.dataDir });
  try {
    await database.migrate();
  } catch (err) {
    await database.close();
    throw err;
  }
  const videos = new VideoStore(database.db);
  let trust: TrustKeys;
  try {
    trust = await ensureTrustKeys(config.dataDir, trustKeyConfigFromEnv());
  } catch (err) {
    await database.close();
    throw err;
  }
  const marks = new VideoMarkStore(database.db);
  const keys = new ApiKeyStore(database.db);
  const blobs = new LocalBlobStore(join(config.dataDir, 'blobs'));
  const onError = (err: unknown, context: string) => logger.error({ err, context }, 'job queue error');
  const queue: JobQueue = config.redisUrl
    ? new BullQueue({
        redisUrl: config.redisUrl,
        prefix: config.queuePrefix,
        maxAttempts: config.jobAttempts,
        retryDelayMs: config.retryDelayMs,
        leaseMs: config.jobLeaseMs,
        onError,
        onAbandoned: async (videoId, reason) => {
          const now = Date.now();
          const expiresAt = config.assetTtlHours > 0 ? now + config.assetTtlHours * 3_600_000 : null;
          if (await videos.markFailed(videoId, 'worker_lost', `rendering stopped without finishing: ${reason}`, now, expiresAt)) {
            logger.warn({ videoId, reason }, 'job abandoned; video marked failed');
          }
        },
      })
    : new DatabaseQueue(database.db, { maxAttempts: config.jobAttempts, retryDelayMs: config.retryDelayMs, leaseMs: config.jobLeaseMs, onError });
  const metrics = createMetrics({ queueCounts: () => queue.counts() });
  return {
    config,
    logger,
    database,
    videos,
    keys,
    blobs,
    queue,
    metrics,
    workDir: join(config.dataDir, 'work'),
    trust,
    marks,
    async health() {
      const checks: Record<string, unknown> = { version: SERVER_VERSION, database: database.kind, queue: queue.kind };
      let ok = true;
      try {
        await withTimeout(sql`select 1`.execute(database.db), 2000, 'the database');
      } catch (err) {
        ok = false;
        checks.database_error = (err as Error).message;
      }
      try {
        checks.jobs = await withTimeout(queue.counts(), 2000, 'the queue');
      } catch (err) {
        ok = false;
        checks.queue_error = (err as Error).message;
      }
      return { ok, checks };
    },
    async close() {
      await queue.close().catch((err) => logger.warn({ err }, 'closing the queue'));
      await database.close();
    },
  };
}
