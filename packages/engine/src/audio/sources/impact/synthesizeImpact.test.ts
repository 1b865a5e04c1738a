import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../../../random/createRandom.ts';
import { energyAbove, spectralCentroid } from '../../analysis/spectralCentroid.ts';
import { impactLevelDb, synthesizeImpact, type ImpactBody } from './synthesizeImpact.ts';

const FLOOR: ImpactBody = { material: 'concrete', size: 1, isGround: true };
const hit = (material: string, size = 0.2, impulse = 2, seed = 1, floor = FLOOR) =>
  synthesizeImpact({ a: { material, size }, b: floor, impulse, normalSpeed: 3, random: createRandom(seed, 'impact-test') });

/** Seconds from the loudest 5 ms until the level has fallen 40 dB below it. */
function decayTime(x: Float32Array): number {
  const hop = 240;
  const levels: number[] = [];
  for (let i = 0; i + hop <= x.length; i += hop) {
    let e = 0;
    for (let k = i; k < i + hop; k++) e += x[k]! * x[k]!;
    levels.push(10 * Math.log10(e / hop + 1e-30));
  }
  const peak = Math.max(...levels);
  const peakAt = levels.indexOf(peak);
  let end = levels.length;
  for (let j = levels.length - 1; j > peakAt; j--) if (levels[j]! > peak - 40) { end = j + 1; break; }
  return ((end - peakAt) * hop) / 48000;
}

const peakOf = (x: Float32Array): number => x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

describe('synthesizeImpact (modal synthesis)', () => {
  it('metal rings brighter and much longer than rubber', () => {
    const metal = hit('metal');
    const rubber = hit('rubber');
    assert.ok(energyAbove(metal, 2000) > energyAbove(rubber, 2000) * 2.5, `>2 kHz: metal ${energyAbove(metal, 2000)}, rubber ${energyAbove(rubber, 2000)}`);
    assert.ok(spectralCentroid(metal) > spectralCentroid(rubber) * 2);
    assert.ok(decayTime(metal) > decayTime(rubber) * 4, `decay: metal ${decayTime(metal)} s, rubber ${decayTime(rubber)} s`);
  });

  it('larger objects ring lower', () => {
    assert.ok(spectralCentroid(hit('wood', 0.6)) < spectralCentroid(hit('wood', 0.1)) * 0.7);
  });

  it('a marble tick and an anvil thud are both audible but very different', () => {
    const marble = hit('glass', 0.016, 0.01);
    const anvil = hit('metal', 0.5, 300);
    const ratioDb = 20 * Math.log10(peakOf(anvil) / peakOf(marble));
    assert.ok(peakOf(marble) > 0.003, 'the marble is audible');
    assert.ok(ratioDb > 15 && ratioDb < 45, `anvil ${ratioDb.toFixed(1)} dB louder`);
    assert.ok(spectralCentroid(marble) > spectralCentroid(anvil) * 2);
  });

  it('maps impulse to level logarithmically, bounded both ways', () => {
    assert.ok(impactLevelDb(10) > impactLevelDb(1) && impactLevelDb(1) > impactLevelDb(0.1));
    assert.ok(Math.abs(impactLevelDb(10) - impactLevelDb(1) - (impactLevelDb(1) - impactLevelDb(0.1))) < 1e-9);
    assert.ok(impactLevelDb(1e9) <= 8 && impactLevelDb(0) >= -42);
  });

  it('a soft floor (sand) dulls and shortens the strike', () => {
    const sand: ImpactBody = { material: 'sand', size: 1, isGround: true };
    const onConcrete = hit('metal');
    const onSand = hit('metal', 0.2, 2, 1, sand);
    assert.ok(spectralCentroid(onSand) < spectralCentroid(onConcrete));
    assert.ok(decayTime(onSand) < decayTime(onConcrete));
  });

  it('starts at its first sample and varies slightly from hit to hit (seeded detuning)', () => {
    const a = hit('wood', 0.2, 2, 1);
    const b = hit('wood', 0.2, 2, 2);
    assert.notEqual(a[0], 0);
    assert.ok(Math.abs(peakOf(a.subarray(0, 240)) / peakOf(a) - 1) < 0.5, 'loud from the start');
    let diff = 0;
    for (let i = 0; i < Math.min(a.length, b.length); i++) diff += Math.abs(a[i]! - b[i]!);
    assert.ok(diff > 0.1, 'two hits are not the same sample');
    assert.ok(Math.abs(spectralCentroid(a) / spectralCentroid(b) - 1) < 0.25, 'but still the same material');
    assert.deepEqual(hit('wood', 0.2, 2, 1), a, 'and the same seed gives the same hit');
  });
});
