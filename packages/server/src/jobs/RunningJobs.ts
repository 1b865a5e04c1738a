/** The jobs a consumer is running, each with its own abort switch. */
import { JobCancelled } from './jobErrors.ts';

export class RunningJobs {
  private readonly jobs = new Map<string, { controller: AbortController; done: Promise<unknown> }>();

  get size(): number {
    return this.jobs.size;
  }

  has(id: string): boolean {
    return this.jobs.has(id);
  }

  add(id: string, controller: AbortController, done: Promise<unknown>): void {
    this.jobs.set(id, { controller, done });
    const forget = () => {
      if (this.jobs.get(id)?.controller === controller) this.jobs.delete(id);
    };
    done.then(forget, forget);
  }

  abort(id: string, reason: Error = new JobCancelled('the video was deleted')): boolean {
    const job = this.jobs.get(id);
    if (!job) return false;
    job.controller.abort(reason);
    return true;
  }

  abortAll(reason: Error): void {
    for (const job of this.jobs.values()) job.controller.abort(reason);
  }

  /** Resolves when every job running now has ended, or after `ms` (true when all ended). */
  async settle(ms: number): Promise<boolean> {
    const all = Promise.allSettled([...this.jobs.values()].map((j) => j.done)).then(() => true);
    if (ms === Number.POSITIVE_INFINITY) return all;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    try {
      return await Promise.race([all, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
