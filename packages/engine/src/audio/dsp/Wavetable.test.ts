import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SineOscillator } from './SineOscillator.ts';
import { Wavetable } from './Wavetable.ts';

describe('Wavetable and SineOscillator', () => {
  it('the sine table matches Math.sin to 1e-5 for any phase', () => {
    for (let p = -3; p < 3; p += 0.0137) assert.ok(Math.abs(Wavetable.sine.at(p) - Math.sin(2 * Math.PI * p)) < 1e-5);
  });

  it('a harmonic table is the sum of its harmonics, and tables are shared', () => {
    const t = Wavetable.of([1, 0.5]);
    for (let p = 0; p < 1; p += 0.01) {
      assert.ok(Math.abs(t.at(p) - (Math.sin(2 * Math.PI * p) + 0.5 * Math.sin(4 * Math.PI * p))) < 1e-5);
    }
    assert.equal(Wavetable.of([1, 0.5]), t);
  });

  it('the oscillator keeps frequency and phase over a long clip', () => {
    const osc = new SineOscillator(440, 0.3);
    let err = 0;
    for (let i = 0; i < 20 * 48000; i++) {
      const v = osc.next();
      if (i % 4801 === 0) err = Math.max(err, Math.abs(v - Math.sin((2 * Math.PI * 440 * i) / 48000 + 0.3)));
    }
    assert.ok(err < 1e-4, `error ${err}`);
  });
});
