import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../../random/createRandom.ts';
import { detectOnsets } from './detectOnsets.ts';

const RATE = 48000;

/** Quiet noise with struck sounds (a click, then a decaying tone) at the given times and levels. */
function signalWith(times: readonly number[], seconds = 3, gains: readonly number[] = []): Float64Array {
  const random = createRandom(3, 'onset-test');
  const x = new Float64Array(seconds * RATE);
  for (let i = 0; i < x.length; i++) x[i] = 0.002 * (random.next() * 2 - 1);
  times.forEach((t, n) => {
    const start = Math.round(t * RATE);
    const freq = 300 + 400 * n;
    const gain = gains[n] ?? 1;
    for (let k = 0; k < 0.25 * RATE && start + k < x.length; k++) {
      const env = Math.exp(-k / (0.05 * RATE));
      const click = k < 96 ? 0.2 * (random.next() * 2 - 1) : 0;
      x[start + k] += gain * env * (0.3 * Math.sin((2 * Math.PI * freq * k) / RATE) + click);
    }
  });
  return x;
}

describe('detectOnsets', () => {
  it('finds each struck sound within 5 ms and nothing else', () => {
    const times = [0.2, 0.55, 1.013, 1.5, 2.25, 2.6];
    const onsets = detectOnsets(signalWith(times));
    assert.equal(onsets.length, times.length, `found ${onsets.map((t) => t.toFixed(3))}`);
    onsets.forEach((t, i) => assert.ok(Math.abs(t - times[i]!) < 0.005, `onset ${t} vs ${times[i]}`));
  });

  it('finds a quiet sound after a loud one (30 dB apart)', () => {
    const onsets = detectOnsets(signalWith([0.3, 1.2], 2, [1, 0.03]));
    assert.equal(onsets.length, 2, `found ${onsets.map((t) => t.toFixed(3))}`);
    assert.ok(Math.abs(onsets[1]! - 1.2) < 0.005);
  });

  it('does not fire on steady sound: a long tone gives only its start, noise alone nothing', () => {
    const tone = new Float64Array(2 * RATE);
    for (let i = RATE / 2; i < tone.length; i++) tone[i] = 0.5 * Math.sin((2 * Math.PI * 440 * i) / RATE);
    const onsets = detectOnsets(tone);
    assert.equal(onsets.length, 1);
    assert.ok(Math.abs(onsets[0]! - 0.5) < 0.01);
    assert.equal(detectOnsets(new Float64Array(RATE)).length, 0);
  });
});
