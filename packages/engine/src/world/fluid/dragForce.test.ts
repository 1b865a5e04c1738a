import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dragForce } from './dragForce.ts';

describe('dragForce', () => {
  const out = { x: 0, y: 0, z: 0 };

  it('is ½ ρ C_d A |v| v along the relative velocity', () => {
    dragForce(3, 0, -4, 1.225, 0.2, 1, 100, 1 / 240, out);
    const k = 0.5 * 1.225 * 0.2 * 5;
    assert.ok(Math.abs(out.x - 3 * k) < 1e-12 && out.y === 0 && Math.abs(out.z + 4 * k) < 1e-12);
    dragForce(3, 0, -4, 1.225, 0.2, 0.25, 100, 1 / 240, out);
    assert.ok(Math.abs(out.x - 0.75 * k) < 1e-12, 'scaled by the share in the fluid');
  });

  it('never takes more than half the relative speed in one step', () => {
    const dt = 1 / 240, m = 0.001;
    dragForce(0, -10, 0, 1000, 0.5, 1, m, dt, out);
    assert.ok(Math.abs((out.y * dt) / m - -5) < 1e-9);
  });
});
