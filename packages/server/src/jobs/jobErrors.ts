/** How a job ends when it does not simply finish. */

/** The worker is shutting down: the job goes back to the queue without counting the attempt. */
export class JobInterrupted extends Error {
  override name = 'JobInterrupted';
  constructor(message = 'the worker is shutting down') {
    super(message);
  }
}

/** The video was deleted, or another worker took the job over: stop and leave everything as it is. */
export class JobCancelled extends Error {
  override name = 'JobCancelled';
  constructor(message = 'the job was cancelled') {
    super(message);
  }
}

/** A failure worth another attempt; the video row is already back in the queue. */
export class RetryLater extends Error {
  override name = 'RetryLater';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Exponential backoff: base, 2×base, 4×base … at most five minutes. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(5 * 60_000, baseMs * 2 ** Math.max(0, attempt - 1));
}
