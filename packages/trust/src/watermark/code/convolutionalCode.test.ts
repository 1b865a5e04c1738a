import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyedRandom } from '../keyedRandom.ts';
import { codedLength, convolutionalEncode, viterbiDecode, type CodeRate } from './convolutionalCode.ts';
import { bitsOf, checkCrc, crc24Bits, valueOf, withCrc } from './crc24.ts';

describe('CRC-24', () => {
  it('matches the OpenPGP check value for "123456789"', () => {
    const bits = [...Buffer.from('123456789')].flatMap((b) => [...bitsOf(BigInt(b), 8)]);
    assert.equal(crc24Bits(bits), 0x21cf02);
  });

  it('accepts an intact message and rejects any single flipped bit', () => {
    const message = bitsOf(0x1234_5678_9abc_def0n, 64);
    const coded = withCrc(message);
    assert.deepEqual(checkCrc(coded), message);
    for (let i = 0; i < coded.length; i++) {
      const bad = coded.slice();
      bad[i] ^= 1;
      assert.equal(checkCrc(bad), undefined, `flip at ${i}`);
    }
    assert.equal(valueOf(message), 0x1234_5678_9abc_def0n);
  });
});

describe('convolutional code', () => {
  for (const rate of [2, 3] as CodeRate[]) {
    it(`rate 1/${rate}: decodes noisy soft values back to the message`, () => {
      const rng = keyedRandom('test', `conv-${rate}`);
      const message = Uint8Array.from({ length: 88 }, () => rng.nextU32() & 1);
      const coded = convolutionalEncode(message, rate);
      assert.equal(coded.length, codedLength(88, rate));
      // Antipodal symbols plus Gaussian noise (σ = 0.7), 10% of them also erased.
      let flips = 0;
      const soft = Array.from(coded, (b) => {
        const u = Math.max(1e-12, rng.next());
        const noise = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next()) * 0.7;
        const v = (b ? -1 : 1) + noise;
        if ((v < 0 ? 1 : 0) !== b) flips++;
        return rng.next() < 0.1 ? 0 : v;
      });
      assert.ok(flips > 5, `the channel made errors (${flips})`);
      assert.deepEqual(viterbiDecode(soft, 88, rate), message);
    });
  }
});
