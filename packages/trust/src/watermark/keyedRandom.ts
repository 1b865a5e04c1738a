/**
 * Keyed pseudo-random numbers for the watermarks: HMAC-SHA-256(key, label) seeds a
 * xoshiro128** generator, so everything derived from a key (sync patterns, chip signs,
 * layouts) is reproducible by whoever holds the key and unpredictable to anyone else.
 */
import { createHmac } from 'node:crypto';

export type MarkKey = string | Uint8Array;

export interface KeyedRandom {
  /** Uniform 32-bit unsigned integer. */
  nextU32(): number;
  /** Uniform in [0, 1). */
  next(): number;
  /** +1 or −1 with equal probability. */
  sign(): 1 | -1;
  /** Uniform integer in [0, n). */
  below(n: number): number;
}

export function keyedRandom(key: MarkKey, label: string): KeyedRandom {
  const digest = createHmac('sha256', key).update(label).digest();
  let a = digest.readUInt32LE(0) | 0;
  let b = digest.readUInt32LE(4) | 0;
  let c = digest.readUInt32LE(8) | 0;
  let d = digest.readUInt32LE(12) | 0;
  if ((a | b | c | d) === 0) a = 1;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result >>> 0;
  };
  return {
    nextU32,
    next: () => nextU32() / 4294967296,
    sign: () => ((nextU32() & 0x80000000) !== 0 ? 1 : -1),
    below: (n) => Math.floor((nextU32() / 4294967296) * n),
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A keyed permutation of 0..n−1 (Fisher–Yates). */
export function keyedPermutation(key: MarkKey, label: string, n: number): Uint32Array {
  const rng = keyedRandom(key, label);
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}
