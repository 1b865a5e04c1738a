/** Per-API-key request rate limit: one token bucket per key, in this process. */
import { TokenBucket, type TakeResult } from './TokenBucket.ts';

export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  private checks = 0;

  constructor(
    readonly perMinute: number,
    readonly burst: number,
  ) {}

  get enabled(): boolean {
    return this.perMinute > 0;
  }

  take(keyId: string, now = Date.now()): TakeResult {
    if (!this.enabled) return { ok: true, retryAfterMs: 0, remaining: Number.POSITIVE_INFINITY };
    let bucket = this.buckets.get(keyId);
    if (!bucket) {
      bucket = new TokenBucket(this.burst, this.perMinute / 60, now);
      this.buckets.set(keyId, bucket);
    }
    if (++this.checks % 10_000 === 0) this.forgetIdle(now);
    return bucket.take(now);
  }

  /** Drop buckets that are full again, so memory stays bounded by the active keys. */
  private forgetIdle(now: number): void {
    for (const [id, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(id);
  }
}
