/**
 * Jobs: one per video, rendered by any worker that takes it. Two implementations — a durable
 * queue in the database (the default) and BullMQ on Redis (`REDIS_URL`). The video row in the
 * database is the truth about a video; the queue only says who renders what next.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/Database.ts';

export interface JobContext {
  videoId: string;
  /** 1 for the first try; counts retries and takeovers after a worker died. */
  attempt: number;
  maxAttempts: number;
  /**
   * Aborted when the job must stop: the video was deleted or another worker took the job over
   * (reason: a JobCancelled), or this worker is shutting down (reason: a JobInterrupted).
   */
  signal: AbortSignal;
}

/**
 * Runs one job. Returning means the job is finished (rendered, failed for good, or nothing to
 * do); throwing a RetryLater asks for another attempt after a backoff; throwing a
 * JobInterrupted hands the job back without counting the attempt.
 */
export type JobHandler = (job: JobContext) => Promise<void>;

export interface QueueCounts {
  waiting: number;
  active: number;
  /** Waiting for a retry after a failure. */
  delayed: number;
}

export interface JobConsumer {
  /** Jobs this consumer is running now. */
  readonly running: number;
  /** Stop a job this consumer runs (the video was deleted). True when it was running here. */
  abort(videoId: string): boolean;
  /**
   * Stop taking jobs; let running jobs finish for up to `graceMs`, then interrupt them and
   * hand them back to the queue so another worker (or the next start) renders them.
   */
  stop(graceMs: number): Promise<void>;
}

export interface JobQueue {
  readonly kind: 'database' | 'bullmq';
  /** True when enqueue must run inside the transaction that creates the video (the database queue). */
  readonly transactional: boolean;
  enqueue(videoId: string, tx?: Kysely<Database>): Promise<void>;
  /** Drop a job that has not started. A running job stops when its worker notices the video is gone. */
  cancel(videoId: string): Promise<void>;
  counts(): Promise<QueueCounts>;
  consume(handler: JobHandler, opts: { concurrency: number }): JobConsumer;
  /** Put unfinished videos whose job went missing back in the queue (no-op where the queue cannot lose jobs). */
  reconcile(videoIds: string[]): Promise<number>;
  close(): Promise<void>;
}
