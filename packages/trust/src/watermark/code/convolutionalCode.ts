/**
 * Convolutional codes of constraint length 7, terminated with 6 zero tail bits, and their
 * soft-decision Viterbi decoder: rate 1/2 (generators 171, 133 octal, the NASA/CCSDS code,
 * free distance 10) and rate 1/3 (133, 145, 175; free distance 15).
 * Soft values: positive means bit 0, negative bit 1, magnitude = reliability; any scale.
 */
const K = 7;
const STATES = 1 << (K - 1);
export const TAIL_BITS = K - 1;

export type CodeRate = 2 | 3;
const GENERATOR_SETS: Record<CodeRate, number[]> = { 2: [0o171, 0o133], 3: [0o133, 0o145, 0o175] };

function parity(x: number): number {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

/** Output bits for (state, input): state holds the previous K−1 inputs, newest in bit 0. */
function outputTable(generators: number[]): Uint8Array {
  const table = new Uint8Array(STATES * 2 * generators.length);
  for (let s = 0; s < STATES; s++) {
    for (let b = 0; b < 2; b++) {
      const reg = (s << 1) | b;
      for (let g = 0; g < generators.length; g++) table[(s * 2 + b) * generators.length + g] = parity(reg & generators[g]!);
    }
  }
  return table;
}
const TABLES: Record<CodeRate, Uint8Array> = { 2: outputTable(GENERATOR_SETS[2]), 3: outputTable(GENERATOR_SETS[3]) };

export function codedLength(messageBits: number, rate: CodeRate): number {
  return (messageBits + TAIL_BITS) * rate;
}

export function convolutionalEncode(message: ArrayLike<number>, rate: CodeRate): Uint8Array {
  const GENERATORS = GENERATOR_SETS[rate];
  const OUTPUTS = TABLES[rate];
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
export function viterbiDecode(soft: ArrayLike<number>, messageBits: number, rate: CodeRate): Uint8Array {
  const R = rate;
  const OUTPUTS = TABLES[rate];
  const steps = messageBits + TAIL_BITS;
  if (soft.length !== steps * R) throw new Error(`expected ${steps * R} soft values, got ${soft.length}`);
  let metric = new Float64Array(STATES).fill(-Infinity);
  let nextMetric = new Float64Array(STATES);
  metric[0] = 0;
  // Per step and state: the bit shifted out of the predecessor, which recovers it.
  const decisions = new Uint8Array(steps * STATES);
  for (let t = 0; t < steps; t++) {
    nextMetric.fill(-Infinity);
    const s0 = soft[t * R]!, s1 = soft[t * R + 1]!, s2 = R > 2 ? soft[t * R + 2]! : 0;
    const allowOne = t < messageBits;
    for (let s = 0; s < STATES; s++) {
      const m = metric[s]!;
      if (m === -Infinity) continue;
      for (let b = 0; b <= (allowOne ? 1 : 0); b++) {
        const o = (s * 2 + b) * R;
        const gain = (OUTPUTS[o]! ? -s0 : s0) + (OUTPUTS[o + 1]! ? -s1 : s1) + (R > 2 && OUTPUTS[o + 2]! ? -s2 : s2);
        const ns = ((s << 1) | b) & (STATES - 1);
        const v = m + gain;
        if (v > nextMetric[ns]!) {
          nextMetric[ns] = v;
          decisions[t * STATES + ns] = s >> (K - 2);
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
