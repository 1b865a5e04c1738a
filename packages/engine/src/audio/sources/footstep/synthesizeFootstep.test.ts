import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../../../random/createRandom.ts';
import { spectralCentroid } from '../../analysis/spectralCentroid.ts';
import { stepSoundOf, synthesizeFootstep } from './synthesizeFootstep.ts';

const step = (material: string, mass = 70, seed = 1) => synthesizeFootstep({ material, mass, random: createRandom(seed, 'step-test') });
const energy = (x: Float32Array): number => x.reduce((e, v) => e + v * v, 0);
/** Milliseconds the step stays within 30 dB of its loudest 2 ms. */
function duration(x: Float32Array): number {
  const hop = 96;
  const levels: number[] = [];
  for (let i = 0; i + hop <= x.length; i += hop) levels.push(energy(x.subarray(i, i + hop)));
  const peak = Math.max(...levels);
  return (levels.filter((l) => l > peak / 1000).length * hop) / 48;
}

describe('synthesizeFootstep', () => {
  it('knows the sound of each ground', () => {
    assert.equal(stepSoundOf('grass'), 'swish');
    assert.equal(stepSoundOf('snow'), 'crunch');
    assert.equal(stepSoundOf('sand'), 'grit');
    assert.equal(stepSoundOf('wood'), 'knock');
    assert.equal(stepSoundOf('tile'), 'click');
    assert.equal(stepSoundOf('unobtainium'), 'thud');
  });

  it('sounds different per ground: grass swishes bright, carpet thuds low, tile clicks short', () => {
    const grass = step('grass');
    const carpet = step('carpet');
    const tile = step('tile');
    const snow = step('snow');
    assert.ok(spectralCentroid(grass) > spectralCentroid(carpet) * 3);
    assert.ok(spectralCentroid(snow) > spectralCentroid(carpet) * 3);
    assert.ok(duration(tile) < duration(grass), `tile ${duration(tile)} ms, grass ${duration(grass)} ms`);
    assert.ok(duration(snow) > duration(tile), 'a crunch lasts longer than a click');
  });

  it('heavier walkers step louder', () => {
    assert.ok(energy(step('wood', 400)) > energy(step('wood', 20)) * 2);
  });
});
