import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { steadyStateGain as gainAt } from '../testing/steadyStateGain.ts';
import { Biquad } from './Biquad.ts';

describe('Biquad', () => {
  it('low-pass: passes below the cutoff, −3 dB at it, blocks well above', () => {
    const lp = () => Biquad.lowpass(1000);
    assert.ok(Math.abs(gainAt(lp, 100) - 1) < 0.01);
    assert.ok(Math.abs(gainAt(lp, 1000) - Math.SQRT1_2) < 0.01);
    assert.ok(gainAt(lp, 10000) < 0.015);
  });

  it('high-pass and band-pass behave as their names say', () => {
    assert.ok(gainAt(() => Biquad.highpass(1000), 100) < 0.015);
    assert.ok(Math.abs(gainAt(() => Biquad.highpass(1000), 10000) - 1) < 0.01);
    assert.ok(Math.abs(gainAt(() => Biquad.bandpass(2000, 2), 2000) - 1) < 0.01);
    assert.ok(gainAt(() => Biquad.bandpass(2000, 2), 200) < 0.1);
    assert.ok(Math.abs(gainAt(() => Biquad.peaking(500, 1, 6), 500) - 2) < 0.02);
  });

  it('filters a buffer in place exactly like sample by sample', () => {
    const x = Float64Array.from({ length: 500 }, (_, i) => Math.sin(i * 0.37) + (i % 7) * 0.1);
    const a = Biquad.lowpass(3000);
    const expected = x.map((v) => a.process(v));
    const b = Biquad.lowpass(3000);
    b.processInPlace(x);
    assert.deepEqual(x, expected);
  });
});
