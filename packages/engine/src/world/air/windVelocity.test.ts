import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEmptyPlan } from '../../plan/createEmptyPlan.ts';
import { AIR_DENSITY, airDensityOf, windVelocity } from './windVelocity.ts';
import { groundRestitution } from '../rapier/groundRestitution.ts';

describe('wind and air', () => {
  it('blows towards +x at 0° and −z at 90°', () => {
    const east = windVelocity({ speed: 4, direction: 0 });
    assert.deepEqual(east.map((v) => Math.round(v * 1e12) / 1e12), [4, 0, -0]);
    const away = windVelocity({ speed: 4, direction: 90 });
    assert.ok(Math.abs(away[0]) < 1e-12 && Math.abs(away[2] + 4) < 1e-12);
  });

  it('has no air in space or on the Moon', () => {
    assert.equal(airDensityOf(createEmptyPlan({ setting: 'space' }).environment), 0);
    assert.equal(airDensityOf(createEmptyPlan({ setting: 'moon' }).environment), 0);
    assert.equal(airDensityOf(createEmptyPlan({ setting: 'beach' }).environment), AIR_DENSITY);
  });

  it('gives hard floors a full bounce and soft ground a small one', () => {
    for (const m of ['concrete', 'tile', 'wood', 'stone', 'asphalt']) assert.equal(groundRestitution(m), 1);
    assert.ok(groundRestitution('sand') < 0.2 && groundRestitution('snow') < 0.1);
    assert.ok(groundRestitution('grass') > 0.5 && groundRestitution('grass') < 0.8);
  });
});
