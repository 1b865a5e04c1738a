import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEAVE_DAMPING_RATIO, heaveDamping } from './heaveDamping.ts';

describe('heaveDamping', () => {
  it('opposes vertical motion at half of critical damping', () => {
    const k = 1000 * 9.81 * 0.09, m = 16.2;
    const f = heaveDamping(0.5, k, m, 1 / 240);
    assert.ok(Math.abs(f - -2 * HEAVE_DAMPING_RATIO * Math.sqrt(k * m) * 0.5) < 1e-9);
    assert.ok(heaveDamping(-0.5, k, m, 1 / 240) > 0);
  });

  it('never more than halves the speed in one step (very light floaters)', () => {
    const dt = 1 / 240, m = 0.001;
    const f = heaveDamping(1, 1e6, m, dt);
    assert.ok(Math.abs((f * dt) / m + 0.5) < 1e-12);
  });
});
