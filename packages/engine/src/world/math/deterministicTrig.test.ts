import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detCos, detSin } from './deterministicTrig.ts';

describe('detSin / detCos', () => {
  it('match Math.sin/cos to 1e-14 over many turns', () => {
    for (let x = -200; x <= 200; x += 0.0137) {
      assert.ok(Math.abs(detSin(x) - Math.sin(x)) < 1e-14, `sin ${x}`);
      assert.ok(Math.abs(detCos(x) - Math.cos(x)) < 1e-14, `cos ${x}`);
    }
  });

  it('is exact at the quadrant points and keeps sin² + cos² = 1', () => {
    assert.equal(detSin(0), 0);
    assert.equal(detCos(0), 1);
    assert.ok(Math.abs(detSin(Math.PI / 2) - 1) < 1e-16);
    assert.ok(Math.abs(detCos(Math.PI)) - 1 < 1e-16);
    for (const x of [0.1, 1, 2.5, -7, 123.4]) assert.ok(Math.abs(detSin(x) ** 2 + detCos(x) ** 2 - 1) < 1e-15);
  });

  it('is odd and even', () => {
    for (const x of [0.3, 1.7, 4.2]) {
      assert.equal(detSin(-x), -detSin(x));
      assert.equal(detCos(-x), detCos(x));
    }
  });
});
