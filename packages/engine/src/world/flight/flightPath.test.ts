import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flightPosition, type FlightPlan } from './flightPath.ts';

const plan: FlightPlan = {
  start: 1, duration: 4, from: [0, 0.1, 0], cruiseY: 2.5, heading: [0.6, -0.8], speed: 3, drift: [0, 0, 0],
  climbTime: 1.2, bobAmplitude: 0.1, bobRate: 0.5,
};

describe('flightPosition', () => {
  it('waits, climbs to cruising height and flies along its heading at its speed', () => {
    assert.deepEqual(flightPosition(plan, 0.5), [0, 0.1, 0]);
    assert.deepEqual(flightPosition(plan, 1), [0, 0.1, 0]);
    const a = flightPosition(plan, 3), b = flightPosition(plan, 4);
    assert.ok(Math.abs(a[1] - 2.5) <= 0.1 + 1e-9);
    assert.ok(Math.abs(Math.hypot(b[0] - a[0], b[2] - a[2]) - 3) < 1e-9);
    assert.ok(Math.abs((b[0] - a[0]) / (b[2] - a[2]) - -0.75) < 1e-9);
  });

  it('moves smoothly (no jumps between sub-steps) and hovers after its duration', () => {
    let prev = flightPosition(plan, 0);
    for (let t = 1 / 240; t < 8; t += 1 / 240) {
      const p = flightPosition(plan, t);
      assert.ok(Math.hypot(p[0] - prev[0], p[1] - prev[1], p[2] - prev[2]) < 0.02);
      prev = p;
    }
    const end = flightPosition(plan, 5), later = flightPosition(plan, 7);
    assert.ok(Math.abs(end[0] - later[0]) < 1e-12 && Math.abs(end[2] - later[2]) < 1e-12);
  });
});
