import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewBasis } from '../../math/projectPoint.ts';
import { IDENTITY_QUAT, axisAngle, type Vec3 } from '../../math/vec3.ts';
import { radians } from '../../units/units.ts';
import type { Part } from '../model/Part.ts';
import { placeParts } from './PlacedPart.ts';
import { sortParts } from './sortParts.ts';

const basis = viewBasis({ position: [0, 1.5, 5], target: [0, 0.5, 0], fovY: radians(0.8), roll: radians(0) }, 320, 180);
const part = (position: Vec3, size: Vec3 = [0.2, 0.2, 0.2], layer?: number, shape: Part['shape'] = 'ellipsoid'): Part => ({ shape, position, size, colour: '#ffffff', ...(layer !== undefined ? { layer } : {}) });

test('parts are drawn far to near', () => {
  const placed = placeParts([part([0, 0, 1]), part([0, 0, -2]), part([0, 0, 0])], [0, 0, 0], IDENTITY_QUAT, 0);
  const order = sortParts(basis, placed).map((s) => s.placed.index);
  assert.deepEqual(order, [1, 2, 0]);
});

test('a cup on the far half of a table top is drawn after the table top', () => {
  const table = part([0, 0.75, 0], [1.2, 0.04, 0.8], undefined, 'box');
  const cup = part([0, 0.82, -0.3], [0.08, 0.1, 0.08], undefined, 'cylinder');
  const order = sortParts(basis, placeParts([cup, table], [0, 0, 0], IDENTITY_QUAT, 0)).map((s) => s.placed.index);
  assert.deepEqual(order, [1, 0]);
});

test('within a model, a higher layer wins a depth tie; the model order breaks exact ties', () => {
  const placed = placeParts([part([0, 0, 0], [0.2, 0.2, 0.2], 1), part([0, 0, 0]), part([0, 0, 0])], [0, 0, 0], IDENTITY_QUAT, 0);
  const order = sortParts(basis, placed).map((s) => s.placed.index);
  assert.deepEqual(order, [1, 2, 0]);
});

test('placing parts applies the entity rotation and position', () => {
  const [p] = placeParts([part([1, 0, 0])], [2, 0, 0], axisAngle([0, 1, 0], Math.PI / 2), 3);
  assert.ok(Math.abs(p!.centre[0] - 2) < 1e-9 && Math.abs(p!.centre[2] + 1) < 1e-9);
  assert.equal(p!.group, 3);
});
