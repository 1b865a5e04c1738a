import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from './RateLimiter.ts';
import { TokenBucket } from './TokenBucket.ts';

describe('TokenBucket', () => {
  it('allows a burst, then refuses with the time until the next token', () => {
    const b = new TokenBucket(3, 2, 0);
    assert.equal(b.take(0).ok, true);
    assert.equal(b.take(0).ok, true);
    assert.equal(b.take(0).ok, true);
    const refused = b.take(0);
    assert.equal(refused.ok, false);
    assert.equal(refused.retryAfterMs, 500);
    assert.equal(b.take(250).ok, false);
    assert.equal(b.take(500).ok, true);
  });

  it('refills up to the capacity only', () => {
    const b = new TokenBucket(2, 1, 0);
    b.take(0);
    b.take(0);
    assert.equal(b.isFull(1000), false);
    assert.equal(b.isFull(60_000), true);
    assert.equal(b.take(60_000).remaining, 1);
  });
});

describe('RateLimiter', () => {
  it('keeps a bucket per key', () => {
    const limiter = new RateLimiter(60, 1);
    assert.equal(limiter.take('a', 0).ok, true);
    assert.equal(limiter.take('a', 0).ok, false);
    assert.equal(limiter.take('b', 0).ok, true);
    assert.equal(limiter.take('a', 1000).ok, true);
  });

  it('is off at 0 per minute', () => {
    const limiter = new RateLimiter(0, 1);
    for (let i = 0; i < 100; i++) assert.equal(limiter.take('a', 0).ok, true);
  });
});
