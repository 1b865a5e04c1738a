import assert from 'node:assert/strict';
import { test } from 'node:test';
import { celLight } from './celLight.ts';

test('cel light gives exactly `bands` tones, in order, with the shadow tone at 0', () => {
  const tones = new Set<number>();
  let last = -1;
  for (let i = 0; i <= 100; i++) {
    const v = celLight(i / 100, 3, 0);
    assert.ok(v >= last, 'light never decreases as the surface turns to the light');
    last = v;
    tones.add(v);
  }
  assert.deepEqual([...tones].sort(), [0, 0.5, 1]);
  assert.equal(celLight(0.05, 2, 0), 0);
  assert.equal(celLight(0.9, 2, 0), 1);
});

test('smooth shading passes the light through; flatten pulls every tone towards the middle', () => {
  assert.equal(celLight(0.37, 0, 0), 0.37);
  const spread = (f: number): number => celLight(1, 3, f) - celLight(0, 3, f);
  assert.ok(spread(0.5) < spread(0) && spread(1) === 0);
});
