/**
 * A token bucket: `capacity` requests at once, refilled at `ratePerSecond`. Pure: the caller
 * passes the time, so it is testable without clocks.
 */
export interface TakeResult {
  ok: boolean;
  /** Milliseconds until a token is available (0 when ok). */
  retryAfterMs: number;
  /** Tokens left after this request. */
  remaining: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly capacity: number,
    readonly ratePerSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  take(now: number, cost = 1): TakeResult {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.ratePerSecond);
    this.last = now;
    if (this.tokens >= cost) {
      this.tokens -= cost;
      return { ok: true, retryAfterMs: 0, remaining: Math.floor(this.tokens) };
    }
    const missing = cost - this.tokens;
    const retryAfterMs = this.ratePerSecond > 0 ? Math.ceil((missing / this.ratePerSecond) * 1000) : Number.POSITIVE_INFINITY;
    return { ok: false, retryAfterMs, remaining: 0 };
  }

  /** Full again (nothing to remember for this key). */
  isFull(now: number): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000;
    return this.tokens + elapsed * this.ratePerSecond >= this.capacity;
  }
}
