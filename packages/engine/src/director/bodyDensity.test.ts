import { it } from 'node:test';
import assert from 'node:assert/strict';
import { bodyDensity } from './bodyDensity.ts';

it('tells what floats: hollow kinds by their mass, others by material, other materials by the density ratio', () => {
  assert.ok(bodyDensity('rubber-duck', 'rubber') < 1000);
  assert.ok(bodyDensity('rubber-duck', 'metal') > 5 * bodyDensity('rubber-duck', 'rubber'), 'a hollow metal duck is heavier, yet still floats');
  assert.ok(bodyDensity('anvil', 'wood') < 1000, 'a wooden anvil floats');
  assert.equal(bodyDensity('anvil', 'metal'), 7800);
  assert.equal(bodyDensity('log', 'wood'), 600);
  assert.equal(bodyDensity('balloon', 'rubber'), 0);
});
