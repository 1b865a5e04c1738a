/**
 * `klappe worker`: renders jobs from the shared queue (the database, or BullMQ with REDIS_URL)
 * — as many processes on as many machines as wanted. Optionally serves /metrics.
 */
import { createServer, type Server } from 'node:http';
import type { ServerConfig } from '../config/ServerConfig.ts';
import { videoJobHandlerFor } from './videoJobHandlerFor.ts';
import type { JobConsumer } from '../jobs/JobQueue.ts';
import type { Logger } from '../ops/createLogger.ts';
import { openRuntime, type Runtime } from './openRuntime.ts';
import { removeStaleScratch } from './removeStaleScratch.ts';

export interface RunningWorker {
  runtime: Runtime;
  consumer: JobConsumer;
  /** Where /metrics is served, when a metrics port was given. */
  metricsUrl?: string;
  /** Stop taking jobs; running renders finish within `graceMs` or go back to the queue. */
  stop(graceMs?: number): Promise<void>;
}

export async function startWorker(config: ServerConfig, opts: { logger?: Logger; metricsPort?: number } = {}): Promise<RunningWorker> {
  const runtime = await openRuntime(config, { role: 'worker', logger: opts.logger });
  const { logger, videos, blobs, queue, metrics } = runtime;
  await removeStaleScratch(runtime.workDir);
  const consumer = queue.consume(
    videoJobHandlerFor(runtime, config),
    { concurrency: Math.max(1, config.concurrency) },
  );
  let metricsServer: Server | undefined;
  let metricsUrl: string | undefined;
  if (opts.metricsPort !== undefined) {
    metricsServer = createServer((req, res) => {
      if (req.url !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      metrics.registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => metricsServer!.listen(opts.metricsPort, resolve));
    const a = metricsServer.address();
    metricsUrl = `http://localhost:${typeof a === 'object' && a ? a.port : opts.metricsPort}/metrics`;
  }
  logger.info({ event: 'worker_started', database: runtime.database.kind, queue: queue.kind, concurrency: Math.max(1, config.concurrency), metricsUrl }, 'worker ready');
  let stopping: Promise<void> | undefined;
  return {
    runtime,
    consumer,
    metricsUrl,
    stop(graceMs = config.shutdownGraceMs) {
      stopping ??= (async () => {
        await consumer.stop(graceMs);
        if (metricsServer) await new Promise((r) => metricsServer!.close(r));
        await runtime.close();
        logger.info({ event: 'worker_stopped' }, 'worker stopped');
      })();
      return stopping;
    },
  };
}
