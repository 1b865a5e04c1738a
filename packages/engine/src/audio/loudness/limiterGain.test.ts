import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { limiterGain, slidingMinimum } from './limiterGain.ts';

describe('limiterGain', () => {
  const n = 48000;
  const envelope = new Float64Array(n).fill(0.3);
  envelope[10000] = 2; // one peak 16 dB over a 0.3 bed
  envelope[10001] = 1.5;
  envelope[30000] = 0.9;

  it('leaves a clip alone when nothing exceeds the ceiling', () => {
    assert.equal(limiterGain(new Float64Array(100).fill(0.5), 1, 0.9), undefined);
  });

  it('brings every peak exactly under the ceiling and leaves the rest at unity', () => {
    const curve = limiterGain(envelope, 1, 0.8)!;
    for (let i = 0; i < n; i++) assert.ok(envelope[i]! * curve[i]! <= 0.8 + 1e-12, `sample ${i}`);
    assert.ok(Math.abs(envelope[10000]! * curve[10000]! - 0.8) < 0.05, 'not more than needed at the peak');
    assert.equal(curve[5000], 1);
    assert.ok(curve[10000 + 14400]! > 0.994, 'released to within 0.05 dB 0.3 s after the peak');
    assert.ok(curve[29000]! > 0.999 && curve[n - 1]! > 0.9995, 'and all but fully later');
  });

  it('moves smoothly: starts before the peak (look-ahead), never jumps', () => {
    const curve = limiterGain(envelope, 1, 0.8)!;
    assert.ok(curve[10000 - 100]! < 1, 'already reducing 2 ms before');
    let maxStep = 0;
    for (let i = 1; i < n; i++) maxStep = Math.max(maxStep, Math.abs(curve[i]! - curve[i - 1]!));
    assert.ok(maxStep < 0.01, `largest step ${maxStep}`);
  });

  it('accounts for the input gain', () => {
    const curve = limiterGain(envelope, 2, 0.8)!;
    for (let i = 0; i < n; i++) assert.ok(envelope[i]! * 2 * curve[i]! <= 0.8 + 1e-12, `sample ${i}`);
    assert.ok(curve[30000]! < 0.5, 'the 0.9 peak doubled to 1.8 is reduced too');
  });
});

describe('slidingMinimum', () => {
  it('matches a brute-force minimum over ±r, with 1 outside', () => {
    const x = Float64Array.from({ length: 57 }, (_, i) => 0.5 + 0.5 * Math.sin(i * 1.7));
    const r = 4;
    const fast = slidingMinimum(x, r);
    for (let i = 0; i < x.length; i++) {
      let m = 1;
      for (let k = i - r; k <= i + r; k++) if (k >= 0 && k < x.length) m = Math.min(m, x[k]!);
      assert.equal(fast[i], m);
    }
  });
});
