/**
 * Rate-1/3 convolutional code, constraint length 7 (generators 133, 145, 175 octal; free
 * distance 15), terminated with 6 zero tail bits, and its soft-decision Viterbi decoder.
 * Soft values: positive means bit 0, negative bit 1, magnitude = reliability; any scale.
 */
const K = 7;
const STATES = 1 << (K - 1);
const GENERATORS = [0o133, 0o145, 0o175];
export const CODE_RATE_INVERSE = GENERATORS.length;
export const TAIL_BITS = K - 1;

function parity(x: number): number {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

/** Output bits for (state, input): state holds the previous K−1 inputs, newest in bit 0. */
const OUTPUTS = (() => {
  const table = new Uint8Array(STATES * 2 * GENERATORS.length);
  for (let s = 0; s < STATES; s++) {
    for (let b = 0; b < 2; b++) {
      const reg = (s << 1) | b;
      for (let g = 0; g < GENERATORS.length; g++) table[(s * 2 + b) * GENERATORS.length + g] = parity(reg & GENERATORS[g]!);
    }
  }
  return table;
})();

export function codedLength(messageBits: number): number {
  return (messageBits + TAIL_BITS) * GENERATORS.length;
}

export function convolutionalEncode(message: ArrayLike<number>): Uint8Array {
  const n = message.length + TAIL_BITS;
  const out = new Uint8Array(n * GENERATORS.length);
  let state = 0;
  for (let i = 0; i < n; i++) {
    const b = i < message.length ? message[i]! & 1 : 0;
    const base = (state * 2 + b) * GENERATORS.length;
    for (let g = 0; g < GENERATORS.length; g++) out[i * GENERATORS.length + g] = OUTPUTS[base + g]!;
    state = ((state << 1) | b) & (STATES - 1);
  }
  return out;
}

/** Maximum-likelihood message (without the tail) for the soft values of a terminated codeword. */
export function viterbiDecode(soft: ArrayLike<number>, messageBits: number): Uint8Array {
  const R = GENERATORS.length;
  const steps = messageBits + TAIL_BITS;
  if (soft.length !== steps * R) throw new Error(`expected ${steps * R} soft values, got ${soft.length}`);
  let metric = new Float64Array(STATES).fill(-Infinity);
  let nextMetric = new Float64Array(STATES);
  metric[0] = 0;
  const decisions = new Uint8Array(steps * STATES); // the input bit that led into each state... stored as the predecessor's high bit
  for (let t = 0; t < steps; t++) {
    nextMetric.fill(-Infinity);
    const s0 = soft[t * R]!, s1 = soft[t * R + 1]!, s2 = soft[t * R + 2]!;
    const allowOne = t < messageBits;
    for (let s = 0; s < STATES; s++) {
      const m = metric[s]!;
      if (m === -Infinity) continue;
      for (let b = 0; b <= (allowOne ? 1 : 0); b++) {
        const o = (s * 2 + b) * R;
        const gain = (OUTPUTS[o]! ? -s0 : s0) + (OUTPUTS[o + 1]! ? -s1 : s1) + (OUTPUTS[o + 2]! ? -s2 : s2);
        const ns = ((s << 1) | b) & (STATES - 1);
        const v = m + gain;
        if (v > nextMetric[ns]!) {
          nextMetric[ns] = v;
          decisions[t * STATES + ns] = s >> (K - 2); // the bit shifted out: recovers the predecessor
        }
      }
    }
    [metric, nextMetric] = [nextMetric, metric];
  }
  const out = new Uint8Array(messageBits);
  let state = 0;
  for (let t = steps - 1; t >= 0; t--) {
    const b = state & 1;
    if (t < messageBits) out[t] = b;
    state = (state >> 1) | (decisions[t * STATES + state]! << (K - 2));
  }
  return out;
}
