/**
 * Jobs on Redis with BullMQ (`REDIS_URL`), for `klappe worker` processes on any number of
 * machines. BullMQ holds a lock per running job; when a worker dies its lock runs out, another
 * worker's stall check puts the job back and it is rendered again. Retries use BullMQ's
 * exponential backoff. The job id is the video id, so adding a job twice is harmless.
 */
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { JobCancelled, JobInterrupted, RetryLater } from './jobErrors.ts';
import type { JobConsumer, JobHandler, JobQueue, QueueCounts } from './JobQueue.ts';
import { RunningJobs } from './RunningJobs.ts';

export const RENDER_QUEUE = 'render';

export interface BullQueueOptions {
  redisUrl: string;
  prefix: string;
  maxAttempts: number;
  retryDelayMs: number;
  /** How long a job's lock lasts without renewal; a dead worker's job is taken over after about this long. */
  leaseMs: number;
  onError?: (err: unknown, context: string) => void;
  /** A job failed for good outside the handler (a worker died too often while rendering it). */
  onAbandoned?: (videoId: string, reason: string) => Promise<void>;
}

interface RenderJobData {
  videoId: string;
}

export class BullQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  readonly transactional = false;
  private readonly queue: Queue<RenderJobData>;
  private readonly connections: Redis[] = [];

  constructor(private readonly opts: BullQueueOptions) {
    this.queue = new Queue<RenderJobData>(RENDER_QUEUE, { connection: this.connection(), prefix: opts.prefix });
    this.queue.on('error', (err) => opts.onError?.(err, 'queue'));
  }

  /** A fresh Redis connection (ioredis, as BullMQ wants it: no per-request retry limit). */
  private connection(): Redis {
    const client = new Redis(this.opts.redisUrl, { maxRetriesPerRequest: null });
    client.on('error', () => {
      // Reported through the queue or worker 'error' events; ioredis reconnects on its own.
    });
    this.connections.push(client);
    return client;
  }

  async enqueue(videoId: string): Promise<void> {
    await this.queue.add('render', { videoId }, {
      jobId: videoId,
      attempts: this.opts.maxAttempts,
      backoff: { type: 'exponential', delay: this.opts.retryDelayMs },
      removeOnComplete: true,
      removeOnFail: true,
    });
  }

  async cancel(videoId: string): Promise<void> {
    const job = await this.queue.getJob(videoId);
    if (!job) return;
    try {
      await job.remove();
    } catch {
      // Running (locked): its worker stops when it sees the video is gone.
    }
  }

  async counts(): Promise<QueueCounts> {
    const c = await this.queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed');
    return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0 };
  }

  async reconcile(videoIds: string[]): Promise<number> {
    let added = 0;
    for (const id of videoIds) {
      const existing = await this.queue.getJob(id);
      if (existing) continue;
      await this.enqueue(id);
      added++;
    }
    return added;
  }

  consume(handler: JobHandler, opts: { concurrency: number }): JobConsumer {
    const running = new RunningJobs();
    const onError = this.opts.onError ?? (() => {});
    const processor = async (job: Job<RenderJobData>, token?: string, bullSignal?: AbortSignal): Promise<void> => {
      const videoId = job.data.videoId;
      const controller = new AbortController();
      bullSignal?.addEventListener('abort', () => controller.abort(new JobCancelled('BullMQ cancelled the job')), { once: true });
      const done = handler({ videoId, attempt: job.attemptsMade + 1, maxAttempts: job.opts.attempts ?? 1, signal: controller.signal });
      running.add(videoId, controller, done);
      try {
        await done;
      } catch (err) {
        if (err instanceof JobCancelled) return;
        if (err instanceof JobInterrupted) {
          // Back to the queue now, without counting an attempt.
          await job.moveToDelayed(Date.now(), token);
          throw new DelayedError();
        }
        if (err instanceof RetryLater) throw new Error(`${err.code}: ${err.message}`);
        throw err;
      }
    };
    const worker = new Worker<RenderJobData>(RENDER_QUEUE, processor, {
      connection: this.connection(),
      prefix: this.opts.prefix,
      concurrency: Math.max(1, opts.concurrency),
      lockDuration: this.opts.leaseMs,
      stalledInterval: Math.max(1000, Math.floor(this.opts.leaseMs / 2)),
      maxStalledCount: this.opts.maxAttempts,
    });
    worker.on('error', (err) => onError(err, 'worker'));
    worker.on('failed', (job, err) => {
      // Failed for good outside our handler: workers died too often while rendering it, or an
      // unexpected error on the last attempt. The video must not stay "in progress" forever.
      if (!job || !this.opts.onAbandoned) return;
      const final = /stall/i.test(err.message) || job.attemptsMade >= (job.opts.attempts ?? 1);
      if (final) this.opts.onAbandoned(job.data.videoId, err.message).catch((e) => onError(e, 'abandoned job'));
    });
    return {
      get running() {
        return running.size;
      },
      abort: (videoId) => running.abort(videoId),
      stop: async (graceMs) => {
        const closing = worker.close();
        if (!(await running.settle(graceMs))) running.abortAll(new JobInterrupted());
        await closing;
      },
    };
  }

  async close(): Promise<void> {
    await this.queue.close();
    for (const c of this.connections) await c.quit().catch(() => c.disconnect());
  }
}
