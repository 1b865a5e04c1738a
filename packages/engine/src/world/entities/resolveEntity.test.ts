import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindOf } from '../../ontology/ontology.ts';
import type { Entity } from '../../plan/scenePlanSchema.ts';
import { boundingRadiusOf, colliderVolume, worldHalfExtents } from './colliderGeometry.ts';
import { resolveEntity } from './resolveEntity.ts';
import { quatFromEulerDegrees } from '../math/rotations.ts';

const make = (kind: string, extra: Partial<Entity> = {}) =>
  resolveEntity({ id: 'x', kind, colour: '#123456', material: kindOf(kind).material, size: 1, placement: { type: 'auto' }, ...extra } as Entity, 0);

describe('resolveEntity', () => {
  it('takes mass from the material density and volume, scaled by size³', () => {
    const cube = make('cube');
    assert.ok(Math.abs(cube.timeline.mass - 600 * 0.027) < 1e-9);
    assert.ok(Math.abs(cube.density - 600) < 1e-9);
    const big = make('cube', { size: 2 });
    assert.ok(Math.abs(big.timeline.mass / cube.timeline.mass - 8) < 1e-9);
    assert.deepEqual(big.timeline.collider, { shape: 'box', size: [0.6, 0.6, 0.6] });
  });

  it('uses the kind mass for hollow things, scaled by density for another material', () => {
    assert.equal(make('crate').timeline.mass, 12);
    const metal = make('crate', { material: 'metal' });
    assert.ok(Math.abs(metal.timeline.mass - 12 * (7800 / 600)) < 1e-9);
  });

  it("uses the kind's restitution with its own material, the material's otherwise", () => {
    assert.equal(make('ball').restitution, 0.8);
    assert.equal(make('ball', { material: 'wood' }).restitution, 0.45);
    assert.equal(make('cube').restitution, 0.45);
    assert.equal(make('ball').friction, 0.9);
  });

  it('fills the timeline entity (label, bounding radius, mobility)', () => {
    const p = make('person', { label: 'a chef' });
    assert.equal(p.timeline.label, 'a chef');
    assert.equal(make('person').timeline.label, 'person');
    assert.equal(p.timeline.mobility, 'character');
    assert.equal(p.timeline.boundingRadius, 1.75 / 2);
    assert.ok(Math.abs(make('cube').timeline.boundingRadius - Math.sqrt(3 * 0.15 ** 2)) < 1e-12);
  });

  it('gives balloons their lift (N, × size³) and feathers a lot of drag for their weight', () => {
    assert.equal(make('balloon').liftN, kindOf('balloon').lift);
    assert.ok(Math.abs(make('balloon', { size: 2 }).liftN - 8 * kindOf('balloon').lift!) < 1e-12);
    assert.equal(make('ball').liftN, 0);
    const feather = make('feather'), anvil = make('anvil');
    assert.ok(feather.dragArea / feather.timeline.mass > 1000 * (anvil.dragArea / anvil.timeline.mass));
  });
});

describe('collider geometry', () => {
  it('measures volumes and bounds (full heights for capsules and cylinders)', () => {
    assert.ok(Math.abs(colliderVolume({ shape: 'cylinder', radius: 1, height: 2 }) - 2 * Math.PI) < 1e-12);
    assert.ok(Math.abs(colliderVolume({ shape: 'capsule', radius: 1, height: 2 }) - (4 / 3) * Math.PI) < 1e-12);
    assert.equal(boundingRadiusOf({ shape: 'capsule', radius: 0.2, height: 1.8 }), 0.9);
  });

  it('turns half extents with the body', () => {
    const lying = worldHalfExtents({ shape: 'cylinder', radius: 0.3, height: 0.9 }, quatFromEulerDegrees([0, 0, 90]));
    assert.ok(Math.abs(lying[0] - 0.45) < 1e-9 && Math.abs(lying[1] - 0.3) < 1e-9 && Math.abs(lying[2] - 0.3) < 1e-9);
    const box = worldHalfExtents({ shape: 'box', size: [2, 1, 1] }, quatFromEulerDegrees([0, 90, 0]));
    assert.ok(Math.abs(box[0] - 0.5) < 1e-9 && Math.abs(box[2] - 1) < 1e-9);
  });
});
