/**
 * The durable job queue kept in the database (SQLite or Postgres, the same queries). A worker
 * claims a job with a lease and renews it with a heartbeat; when a worker dies, its lease
 * runs out and any worker (or the next start) claims the job again. Claims are
 * compare-and-set updates, so two workers never get the same job.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Kysely } from 'kysely';
import type { Database } from '../store/Database.ts';
import { JobCancelled, JobInterrupted, RetryLater, retryDelayMs } from './jobErrors.ts';
import type { JobConsumer, JobHandler, JobQueue, QueueCounts } from './JobQueue.ts';
import { RunningJobs } from './RunningJobs.ts';

export interface DatabaseQueueOptions {
  maxAttempts: number;
  /** First retry delay; doubles with each attempt. */
  retryDelayMs: number;
  leaseMs: number;
  /** How often an idle worker looks for work (default 500 ms). */
  pollMs?: number;
  /** Called when something goes wrong outside a job (a failed poll, a lost heartbeat). */
  onError?: (err: unknown, context: string) => void;
  now?: () => number;
}

export interface ClaimedJob {
  id: string;
  attempt: number;
  maxAttempts: number;
}

export class DatabaseQueue implements JobQueue {
  readonly kind = 'database' as const;
  readonly transactional = true;
  /** Identifies this process's leases. */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly wake = new EventEmitter();
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly opts: DatabaseQueueOptions,
  ) {
    this.now = opts.now ?? Date.now;
    this.wake.setMaxListeners(0);
  }

  async enqueue(videoId: string, tx: Kysely<Database> = this.db): Promise<void> {
    const now = this.now();
    await tx
      .insertInto('jobs')
      .values({ id: videoId, state: 'queued', attempts: 0, max_attempts: this.opts.maxAttempts, run_at: now, lease_owner: null, lease_expires_at: null, created_at: now, last_error: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    // Consumers in this process start at once; others find it on their next poll.
    setImmediate(() => this.wake.emit('job'));
  }

  async cancel(videoId: string): Promise<void> {
    await this.db.deleteFrom('jobs').where('id', '=', videoId).execute();
  }

  async counts(): Promise<QueueCounts> {
    const now = this.now();
    const rows = await this.db
      .selectFrom('jobs')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>(eb.case().when('run_at', '>', now).then(1).else(0).end()).as('later')])
      .groupBy('state')
      .execute();
    const counts: QueueCounts = { waiting: 0, active: 0, delayed: 0 };
    for (const r of rows) {
      if (r.state === 'active') counts.active += Number(r.n);
      else {
        counts.delayed += Number(r.later ?? 0);
        counts.waiting += Number(r.n) - Number(r.later ?? 0);
      }
    }
    return counts;
  }

  /** Take the next due job — queued, or active with an expired lease — or undefined when there is none. */
  async claim(): Promise<ClaimedJob | undefined> {
    const now = this.now();
    const candidates = await this.db
      .selectFrom('jobs')
      .select(['id', 'attempts', 'max_attempts'])
      .where((eb) =>
        eb.or([
          eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', now)]),
          eb.and([eb('state', '=', 'active'), eb('lease_expires_at', '<', now)]),
        ]),
      )
      .orderBy('run_at')
      .orderBy('id')
      .limit(8)
      .execute();
    for (const c of candidates) {
      const r = await this.db
        .updateTable('jobs')
        .set({ state: 'active', attempts: c.attempts + 1, lease_owner: this.owner, lease_expires_at: now + this.opts.leaseMs })
        .where('id', '=', c.id)
        .where('attempts', '=', c.attempts)
        .where((eb) =>
          eb.or([
            eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', now)]),
            eb.and([eb('state', '=', 'active'), eb('lease_expires_at', '<', now)]),
          ]),
        )
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 1) return { id: c.id, attempt: c.attempts + 1, maxAttempts: c.max_attempts };
    }
    return undefined;
  }

  /** Extend the lease; false when this worker no longer owns the job (deleted or taken over). */
  async heartbeat(id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('jobs')
      .set({ lease_expires_at: this.now() + this.opts.leaseMs })
      .where('id', '=', id)
      .where('lease_owner', '=', this.owner)
      .where('state', '=', 'active')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async complete(id: string): Promise<void> {
    await this.db.deleteFrom('jobs').where('id', '=', id).where('lease_owner', '=', this.owner).execute();
  }

  /** Back to the queue: after `delayMs`, counting the attempt or not. */
  async release(id: string, opts: { delayMs: number; countAttempt: boolean; error?: string }): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set((eb) => ({
        state: 'queued',
        run_at: this.now() + opts.delayMs,
        lease_owner: null,
        lease_expires_at: null,
        last_error: opts.error ?? null,
        ...(opts.countAttempt ? {} : { attempts: eb('attempts', '-', 1) }),
      }))
      .where('id', '=', id)
      .where('lease_owner', '=', this.owner)
      .execute();
  }

  async reconcile(): Promise<number> {
    return 0;
  }

  consume(handler: JobHandler, opts: { concurrency: number }): JobConsumer {
    const running = new RunningJobs();
    const pollMs = this.opts.pollMs ?? 500;
    const onError = this.opts.onError ?? (() => {});
    let stopping = false;
    let wakeUp: (() => void) | undefined;
    const onJob = () => wakeUp?.();
    this.wake.on('job', onJob);

    const run = async (job: ClaimedJob, controller: AbortController): Promise<void> => {
      const beat = setInterval(() => {
        this.heartbeat(job.id).then(
          (owned) => {
            if (!owned) controller.abort(new JobCancelled('this worker no longer owns the job'));
          },
          (err) => onError(err, `heartbeat ${job.id}`),
        );
      }, Math.max(100, Math.floor(this.opts.leaseMs / 3)));
      try {
        await handler({ videoId: job.id, attempt: job.attempt, maxAttempts: job.maxAttempts, signal: controller.signal });
        await this.complete(job.id);
      } catch (err) {
        if (err instanceof JobCancelled) await this.complete(job.id);
        else if (err instanceof JobInterrupted) await this.release(job.id, { delayMs: 0, countAttempt: false, error: err.message });
        else if (err instanceof RetryLater) await this.release(job.id, { delayMs: retryDelayMs(job.attempt, this.opts.retryDelayMs), countAttempt: true, error: `${err.code}: ${err.message}` });
        else {
          onError(err, `job ${job.id}`);
          await this.release(job.id, { delayMs: retryDelayMs(job.attempt, this.opts.retryDelayMs), countAttempt: true, error: String(err) });
        }
      } finally {
        clearInterval(beat);
      }
    };

    const loop = (async () => {
      while (!stopping) {
        let claimed: ClaimedJob | undefined;
        if (running.size < opts.concurrency) {
          try {
            claimed = await this.claim();
          } catch (err) {
            onError(err, 'claim');
          }
        }
        if (stopping) {
          if (claimed) await this.release(claimed.id, { delayMs: 0, countAttempt: false }).catch((err) => onError(err, 'release'));
          break;
        }
        if (claimed) {
          const c = claimed;
          const controller = new AbortController();
          const done = run(c, controller).catch((err) => onError(err, `job ${c.id}`));
          running.add(c.id, controller, done);
          void done.finally(() => wakeUp?.());
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = undefined;
      }
    })();

    return {
      get running() {
        return running.size;
      },
      abort: (videoId) => running.abort(videoId),
      stop: async (graceMs) => {
        stopping = true;
        wakeUp?.();
        this.wake.off('job', onJob);
        await loop;
        if (!(await running.settle(graceMs))) {
          running.abortAll(new JobInterrupted());
          await running.settle(Number.POSITIVE_INFINITY);
        }
      },
    };
  }

  async close(): Promise<void> {
    this.wake.removeAllListeners();
  }
}
