import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ColliderSpec } from '../../ontology/ontology.ts';
import { rotationMatrix } from '../math/rotations.ts';
import { arrangeChain, arrangeRack, CHAIN_SPACING, RACK_SPACING } from './arrangeSet.ts';

const DOMINO: ColliderSpec = { shape: 'box', size: [0.05, 0.1, 0.015] };
const PIN: ColliderSpec = { shape: 'cylinder', radius: 0.06, height: 0.38 };

describe('arrangeChain', () => {
  it('stands dominoes in a line along the direction, about two thirds of their height apart, thin side along the line', () => {
    const d: [number, number] = [0.6, -0.8];
    const set = arrangeChain(Array.from({ length: 12 }, () => DOMINO), d);
    for (let k = 1; k < 12; k++) {
      const a = set.members[k - 1]!, b = set.members[k]!;
      const step = Math.hypot(b.x - a.x, b.z - a.z);
      assert.ok(Math.abs(step - CHAIN_SPACING * 0.1) < 1e-9);
      assert.ok(step >= 0.06 && step <= 0.07);
      // Along the direction, first to last.
      assert.ok(Math.abs((b.x - a.x) / step - d[0]) < 1e-9 && Math.abs((b.z - a.z) / step - d[1]) < 1e-9);
      // The domino's own z (its thin side) points along the line.
      const m = rotationMatrix(b.rotation);
      assert.ok(Math.abs(m[0][2] - d[0]) < 1e-9 && Math.abs(m[2][2] - d[1]) < 1e-9);
    }
    // Centred, the first domino at the front, things aimed at it coming from behind it.
    const mx = set.members.reduce((s, m) => s + m.x, 0) / 12;
    assert.ok(Math.abs(mx) < 1e-9);
    assert.deepEqual(set.front, [set.members[0]!.x, set.members[0]!.z]);
    assert.deepEqual(set.approach, [-0.6, 0.8]);
  });
});

describe('arrangeRack', () => {
  it('racks ten pins in rows of 1, 2, 3, 4, head pin towards the bowler, 12 inches apart', () => {
    const set = arrangeRack(Array.from({ length: 10 }, () => PIN), [0, 1]);
    const zs = [...new Set(set.members.map((m) => Math.round(m.z * 1e6)))].sort((a, b) => b - a);
    assert.equal(zs.length, 4, 'four rows');
    const rowSizes = zs.map((z) => set.members.filter((m) => Math.round(m.z * 1e6) === z).length);
    assert.deepEqual(rowSizes, [1, 2, 3, 4], 'head pin nearest the bowler (+z)');
    assert.equal(Math.round(set.members[0]!.z * 1e6), zs[0]);
    // Nearest neighbours one spacing apart, no two pins closer.
    for (let i = 0; i < 10; i++) {
      const nearest = Math.min(...set.members.filter((_, j) => j !== i).map((m) => Math.hypot(m.x - set.members[i]!.x, m.z - set.members[i]!.z)));
      assert.ok(Math.abs(nearest - RACK_SPACING) < 1e-9);
    }
  });
});
