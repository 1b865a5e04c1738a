import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../../../random/createRandom.ts';
import { powerSpectrum } from '../../analysis/spectralCentroid.ts';
import { synthesizeSplash } from './synthesizeSplash.ts';

const splash = (speed: number, mass: number, seed = 1) => synthesizeSplash({ speed, mass, random: createRandom(seed, 'splash-test') });
const energy = (x: Float32Array, from = 0, to = x.length): number => {
  let e = 0;
  for (let i = from; i < Math.min(to, x.length); i++) e += x[i]! * x[i]!;
  return e;
};

describe('synthesizeSplash', () => {
  it('a person jumping in is louder and longer than a pebble', () => {
    const pebble = splash(3, 0.02);
    const person = splash(5, 70);
    assert.ok(energy(person) > energy(pebble) * 30);
    const tail = (x: Float32Array) => energy(x, 0.3 * 48000) / energy(x);
    assert.ok(tail(person) > tail(pebble));
  });

  it('starts with a slap at its first samples', () => {
    const x = splash(4, 1);
    assert.ok(energy(x, 0, 480) > energy(x, 48000 * 0.5, 48000 * 0.5 + 480) * 10);
  });

  it('rings with bubbles afterwards: tonal peaks between 500 Hz and 5 kHz stand out of the noise', () => {
    const x = splash(3, 0.5);
    const after = x.subarray(Math.round(0.05 * 48000));
    const p = powerSpectrum(after);
    const binHz = 48000 / 2048;
    // Peakiness: the strongest bin in 500–5000 Hz against the median there.
    const band = Array.from(p.slice(Math.round(500 / binHz), Math.round(5000 / binHz)));
    const sorted = [...band].sort((a, b) => a - b);
    assert.ok(Math.max(...band) > sorted[sorted.length >> 1]! * 20, 'bubble resonances');
  });

  it('is deterministic per seed and different between seeds', () => {
    assert.deepEqual(splash(2, 1, 3), splash(2, 1, 3));
    assert.notDeepEqual(splash(2, 1, 3), splash(2, 1, 4));
  });
});
