import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { steadyStateGain as gainAt } from '../testing/steadyStateGain.ts';
import { StateVariableFilter } from './StateVariableFilter.ts';

const output = (pick: 'low' | 'band' | 'high', cutoff: number, q = Math.SQRT1_2) => () => {
  const f = new StateVariableFilter(cutoff, q);
  return { process: (x: number) => (f.process(x), f[pick]) };
};

describe('StateVariableFilter', () => {
  it('gives low-, band- and high-pass outputs around its cutoff', () => {
    assert.ok(Math.abs(gainAt(output('low', 1000), 100) - 1) < 0.01);
    assert.ok(gainAt(output('low', 1000), 10000) < 0.015);
    assert.ok(Math.abs(gainAt(output('band', 1000, 4), 1000) - 1) < 0.01);
    assert.ok(gainAt(output('high', 1000), 100) < 0.015);
  });

  it('stays stable and click-free while its cutoff sweeps every sample', () => {
    const f = new StateVariableFilter(100);
    let max = 0;
    for (let i = 0; i < 48000; i++) {
      f.set(100 + 15000 * (0.5 + 0.5 * Math.sin(i * 0.001)));
      f.process(Math.sin(i * 0.05));
      max = Math.max(max, Math.abs(f.low));
    }
    assert.ok(Number.isFinite(max) && max < 2);
  });
});
