import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Pose } from '../../../timeline/Timeline.ts';
import { detectOnsets } from '../../analysis/detectOnsets.ts';
import { energyAbove, spectralCentroid } from '../../analysis/spectralCentroid.ts';
import { MixBus } from '../../mix/MixBus.ts';
import { makeTimeline } from '../../testing/makeTimeline.ts';
import { renderContactNoise } from './renderContactNoise.ts';

const RADIUS = 0.15;

/** A ball moving along x on the ground at `speed(t)`, rolling (spin = v/r) or sliding (no spin). */
function contactNoise(speed: (t: number) => number, rolling: boolean, inContact: (t: number) => boolean = () => true): Float64Array {
  const timeline = makeTimeline({
    duration: 2, ambience: [], groundMaterial: 'concrete',
    entities: [{ id: 'ball', kind: 'ball', radius: RADIUS, mass: 1, position: [0, RADIUS, 0] }],
    pose: (_, t): Partial<Pose> => ({
      position: [-1 + t, RADIUS, 0],
      velocity: [speed(t), 0, 0],
      angularVelocity: [0, 0, rolling ? -speed(t) / RADIUS : 0],
      inContact: inContact(t),
    }),
  });
  const bus = new MixBus(2 * 48000);
  renderContactNoise(timeline, bus, 1);
  return bus.left.map((v, i) => (v + bus.right[i]!) / 2);
}

const rms = (x: Float64Array, from = 0, to = x.length): number => {
  let e = 0;
  for (let i = from; i < to; i++) e += x[i]! * x[i]!;
  return Math.sqrt(e / (to - from));
};

describe('renderContactNoise (rolling and sliding)', () => {
  it('a rolling ball rumbles low; a sliding one scrapes brighter', () => {
    const roll = contactNoise(() => 1.5, true);
    const slide = contactNoise(() => 1.5, false);
    assert.ok(rms(roll) > 1e-4 && rms(slide) > 1e-4);
    assert.ok(spectralCentroid(slide) > spectralCentroid(roll) * 2, `slide ${spectralCentroid(slide)} Hz, roll ${spectralCentroid(roll)} Hz`);
    assert.ok(spectralCentroid(roll) < 800);
  });

  it('gets louder and brighter with speed', () => {
    const slow = contactNoise(() => 0.5, true);
    const fast = contactNoise(() => 3, true);
    assert.ok(rms(fast) > rms(slow) * 3);
    assert.ok(spectralCentroid(fast) > spectralCentroid(slow));
  });

  it('is silent at rest, in the air, and for one-frame touches (bounces have their own impact sound)', () => {
    assert.equal(rms(contactNoise(() => 0, true)), 0);
    assert.equal(rms(contactNoise(() => 2, true, () => false)), 0);
    const bouncing = contactNoise(() => 2, true, (t) => Math.round(t * 30) % 10 === 0);
    assert.equal(rms(bouncing), 0);
  });

  it('changes smoothly: a scrape that starts, speeds up and stops has no onsets but its start', () => {
    const ramp = contactNoise((t) => 0.3 + 1.5 * t, false, (t) => t > 0.5 && t < 1.5);
    const onsets = detectOnsets(ramp);
    assert.ok(onsets.length <= 1, `onsets at ${onsets.map((t) => t.toFixed(3))}`);
    // It fades in over about a frame instead of switching on.
    const start = Math.round(0.5 * 48000);
    assert.ok(rms(ramp, start - 4800, start - 2400) < rms(ramp, start + 2400, start + 4800) / 10);
  });

  it('no zipper noise: a rumble whose speed changes every frame has no clicks (nothing above 8 kHz)', () => {
    const wobbly = contactNoise((t) => 1 + 0.8 * Math.sin(2 * Math.PI * 3 * t), true, (t) => t > 0.3 && t < 1.7);
    // Stepping the level once a frame instead of interpolating puts ~4e-5 of the energy up there.
    assert.ok(energyAbove(wobbly, 8000) < 1e-6, `share above 8 kHz: ${energyAbove(wobbly, 8000)}`);
  });
});
