/**
 * `klappe serve`: the HTTP API, in-process render workers (unless concurrency is 0), the
 * periodic cleanup of expired files, and — on the first start — an API key.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/buildApp.ts';
import { VideoService } from '../api/VideoService.ts';
import { createApiKey, type CreatedApiKey } from '../auth/createApiKey.ts';
import { RateLimiter } from '../auth/RateLimiter.ts';
import { ConfigError, type ServerConfig } from '../config/ServerConfig.ts';
import { createImageModerator, createTextModerator, loadModerationConfig, ModerationConfigError, type ModerationConfig } from '@klappe/trust';
import { videoJobHandlerFor } from './videoJobHandlerFor.ts';
import type { JobConsumer } from '../jobs/JobQueue.ts';
import { cleanupExpired } from '../ops/cleanupExpired.ts';
import type { Logger } from '../ops/createLogger.ts';
import { openRuntime, SERVER_VERSION, type Runtime } from './openRuntime.ts';
import { removeStaleScratch } from './removeStaleScratch.ts';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  runtime: Runtime;
  consumer?: JobConsumer;
  /** The key made on the first start (none existed); shown once. */
  bootstrapKey?: CreatedApiKey;
  /** Stop taking requests; running renders finish within `graceMs` or go back to the queue. */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(config: ServerConfig, opts: { logger?: Logger } = {}): Promise<RunningServer> {
  const runtime = await openRuntime(config, { role: 'server', logger: opts.logger });
  const { logger, videos, keys, blobs, queue, metrics } = runtime;
  try {
    let bootstrapKey: CreatedApiKey | undefined;
    if (config.bootstrapKey && (await keys.countActive()) === 0) bootstrapKey = await createApiKey(keys, 'first key');

    await removeStaleScratch(runtime.workDir);
    const consumer =
      config.concurrency > 0
        ? queue.consume(
            videoJobHandlerFor(runtime, config),
            { concurrency: config.concurrency },
          )
        : undefined;
    let moderationConfig: ModerationConfig = {};
    try {
      if (config.moderationConfigPath) moderationConfig = loadModerationConfig(config.moderationConfigPath);
    } catch (err) {
      throw err instanceof ModerationConfigError ? new ConfigError(`KLAPPE_MODERATION_CONFIG: ${err.message}`) : err;
    }
    const moderation = { text: createTextModerator(moderationConfig), images: createImageModerator({ config: moderationConfig }) };
    const service = new VideoService({ videos, blobs, queue, consumer, logger, moderation, maxActiveJobsPerKey: config.maxActiveJobsPerKey, maxUploadBytes: config.maxUploadBytes });
    const app = await buildApp({
      service,
      videos,
      keys,
      blobs,
      limiter: new RateLimiter(config.rateLimitPerMinute, config.rateLimitBurst),
      logger,
      metrics,
      health: () => runtime.health(),
      version: SERVER_VERSION,
      maxBodyBytes: config.maxBodyBytes,
      maxUploadBytes: config.maxUploadBytes,
      pollAfterMs: config.pollAfterMs,
      verify: { trust: runtime.trust, lookupMark: (markId, instance, kind) => runtime.marks.lookup(markId, instance, kind), workDir: runtime.workDir, maxVerifyBytes: config.maxVerifyBytes },
      app: {
        secureCookies: config.secureCookies,
        signinAttemptsPerMinute: config.signinAttemptsPerMinute,
        maxAvatarBytes: config.maxAvatarBytes,
        maxVerifyBytes: config.maxVerifyBytes,
        webDistDir: config.webDistDir,
        previewFrames: config.previewFrames,
      },
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${shownHost}:${port}`;

    const maintain = async () => {
      try {
        await cleanupExpired({ videos, blobs, logger });
        const added = await queue.reconcile(await videos.unfinishedIds());
        if (added > 0) logger.warn({ added }, 're-queued videos whose jobs were missing from the queue');
      } catch (err) {
        logger.error({ err }, 'maintenance failed');
      }
    };
    void maintain();
    const timer = setInterval(() => void maintain(), config.cleanupIntervalMs);
    timer.unref();

    logger.info({ event: 'server_started', url, database: runtime.database.kind, queue: queue.kind, concurrency: config.concurrency }, 'listening');
    let closing: Promise<void> | undefined;
    return {
      url,
      app,
      runtime,
      consumer,
      bootstrapKey,
      close(graceMs = config.shutdownGraceMs) {
        closing ??= (async () => {
          clearInterval(timer);
          await Promise.all([app.close(), consumer?.stop(graceMs)]);
          await runtime.close();
        })();
        return closing;
      },
    };
  } catch (err) {
    await runtime.close();
    throw err;
  }
}
