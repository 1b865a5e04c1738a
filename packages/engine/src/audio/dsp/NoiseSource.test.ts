import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../../random/createRandom.ts';
import { powerSpectrum } from '../analysis/spectralCentroid.ts';
import { BrownNoise, PinkNoise, WhiteNoise } from './NoiseSource.ts';

const take = (source: { next(): number }, n = 48000): Float64Array => Float64Array.from({ length: n }, () => source.next());
const slopeDbPerOctave = (x: Float64Array): number => {
  const p = powerSpectrum(x);
  const band = (hz: number) => {
    const b = Math.round((hz * 2048) / 48000);
    let s = 0;
    for (let k = b - 2; k <= b + 2; k++) s += p[k]!;
    return 10 * Math.log10(s);
  };
  return (band(4000) - band(250)) / 4;
};

describe('noise sources', () => {
  it('are seeded: same stream, same noise; another stream, other noise', () => {
    assert.deepEqual(take(new WhiteNoise(createRandom(1, 'a')), 100), take(new WhiteNoise(createRandom(1, 'a')), 100));
    assert.notDeepEqual(take(new WhiteNoise(createRandom(1, 'a')), 100), take(new WhiteNoise(createRandom(1, 'b')), 100));
  });

  it('white noise is uniform in [−1, 1) with zero mean', () => {
    const x = take(new WhiteNoise(createRandom(2)));
    assert.ok(x.every((v) => v >= -1 && v < 1));
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    assert.ok(Math.abs(mean) < 0.01);
    assert.ok(Math.abs(x.reduce((s, v) => s + v * v, 0) / x.length - 1 / 3) < 0.01);
  });

  it('white is flat, pink falls 3 dB and brown 6 dB per octave', () => {
    assert.ok(Math.abs(slopeDbPerOctave(take(new WhiteNoise(createRandom(3))))) < 1);
    assert.ok(Math.abs(slopeDbPerOctave(take(new PinkNoise(createRandom(3)))) + 3) < 1);
    assert.ok(Math.abs(slopeDbPerOctave(take(new BrownNoise(createRandom(3)))) + 6) < 1);
  });
});
