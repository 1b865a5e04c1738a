import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { equalPowerPan } from './equalPowerPan.ts';

describe('equalPowerPan', () => {
  it('keeps the power constant across the field and puts the extremes in one channel', () => {
    for (let p = -1; p <= 1; p += 0.125) {
      const { left, right } = equalPowerPan(p);
      assert.ok(Math.abs(left * left + right * right - 1) < 1e-12);
    }
    assert.ok(Math.abs(equalPowerPan(-1).right) < 1e-12);
    assert.ok(Math.abs(equalPowerPan(1).left) < 1e-12);
    assert.ok(Math.abs(equalPowerPan(0).left - Math.SQRT1_2) < 1e-12);
    assert.deepEqual(equalPowerPan(5), equalPowerPan(1));
  });
});
