import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../../random/createRandom.ts';
import { layoutFootprints, type Footprint, type GroundSpot } from './layoutFootprints.ts';

const PORTRAIT = 720 / 1280;
const LANDSCAPE = 1280 / 720;

function overlaps(units: readonly Footprint[], spots: readonly GroundSpot[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < units.length; i++)
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!, b = units[j]!, p = spots[i]!, q = spots[j]!;
      if (Math.abs(p.x - q.x) < a.hx + b.hx && Math.abs(p.z - q.z) < a.hz + b.hz) out.push([i, j]);
    }
  return out;
}

const span = (units: readonly Footprint[], spots: readonly GroundSpot[], axis: 'x' | 'z') => {
  const h = (u: Footprint) => (axis === 'x' ? u.hx : u.hz);
  return Math.max(...spots.map((s, i) => s[axis] + h(units[i]!))) - Math.min(...spots.map((s, i) => s[axis] - h(units[i]!)));
};

const crate: Footprint = { hx: 0.3, hz: 0.3, height: 0.6 };
const anvil: Footprint = { hx: 0.4, hz: 0.16, height: 0.48 };
const person: Footprint = { hx: 0.22, hz: 0.22, height: 1.75 };
const ball: Footprint = { hx: 0.15, hz: 0.15, height: 0.3 };

describe('layoutFootprints', () => {
  it('lays a cast in a row across a wide frame', () => {
    const units = [crate, crate, crate, anvil];
    const spots = layoutFootprints(units, LANDSCAPE, createRandom(1));
    assert.ok(spots.every((s) => s.z === 0));
    assert.deepEqual(overlaps(units, spots), []);
  });

  it('arranges a cast in depth for a tall frame: a narrower spread across than the row, deeper, nothing overlapping', () => {
    for (const units of [[crate, crate, crate, anvil], [person, person], [ball, ball, ball, ball, ball], Array.from({ length: 12 }, () => crate)]) {
      const tall = layoutFootprints(units, PORTRAIT, createRandom(7));
      const row = layoutFootprints(units, LANDSCAPE, createRandom(7));
      assert.deepEqual(overlaps(units, tall), [], `${units.length} units`);
      // Two stand staggered side by side; more are folded into rows.
      const share = units.length <= 2 ? 1 : 0.7;
      assert.ok(span(units, tall, 'x') < share * span(units, row, 'x'), `${units.length} units: ${span(units, tall, 'x')} vs ${span(units, row, 'x')}`);
      assert.ok(span(units, tall, 'z') > span(units, row, 'z'), 'deeper');
      // Centred on the origin.
      const x0 = Math.min(...tall.map((s, i) => s.x - units[i]!.hx)), x1 = Math.max(...tall.map((s, i) => s.x + units[i]!.hx));
      assert.ok(Math.abs(x0 + x1) < 1e-9);
    }
  });

  it('puts big things behind small ones, staggered so the one behind shows', () => {
    const units = [ball, person];
    const [b, p] = layoutFootprints(units, PORTRAIT, createRandom(3));
    assert.ok(p!.z < b!.z, 'the person stands behind the ball');
    assert.ok(Math.abs(p!.x - b!.x) > 0.25, 'side by side, not hidden behind one another');
  });

  it('is deterministic for a seed and varies a little between seeds', () => {
    const units = [crate, crate, crate, anvil];
    assert.deepEqual(layoutFootprints(units, PORTRAIT, createRandom(5)), layoutFootprints(units, PORTRAIT, createRandom(5)));
    assert.notDeepEqual(layoutFootprints(units, PORTRAIT, createRandom(5)), layoutFootprints(units, PORTRAIT, createRandom(6)));
  });
});
