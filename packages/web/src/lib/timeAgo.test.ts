import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactCount, timeAgo } from './timeAgo.ts';

test('timeAgo speaks in the largest whole unit', () => {
  const now = Date.UTC(2026, 0, 31, 12);
  assert.equal(timeAgo(now - 5_000, now), 'now');
  assert.equal(timeAgo(now - 5 * 60_000, now), '5m');
  assert.equal(timeAgo(now - 3 * 3_600_000, now), '3h');
  assert.equal(timeAgo(now - 2 * 86_400_000, now), '2d');
  assert.equal(timeAgo(now - 15 * 86_400_000, now), '2w');
  assert.equal(timeAgo(new Date(now - 60_000).toISOString(), now), '1m');
  assert.equal(timeAgo((now - 7_200_000) / 1000, now), '2h', 'unix seconds work too');
  assert.match(timeAgo(now - 90 * 86_400_000, now), /2025/);
  assert.equal(timeAgo('not a date', now), '');
});

test('compactCount shortens big numbers', () => {
  assert.equal(compactCount(0), '0');
  assert.equal(compactCount(999), '999');
  assert.equal(compactCount(1234), '1.2K');
  assert.equal(compactCount(1000), '1K');
  assert.equal(compactCount(56_789), '57K');
  assert.equal(compactCount(2_500_000), '2.5M');
});
