import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Action } from '../../plan/scenePlanSchema.ts';
import { CharacterMotion, type CharacterSetup, type Footfall } from './CharacterMotion.ts';
import { characterProfileOf, strideRate } from './characterProfile.ts';

const DT = 1 / 240;

function setup(kind: string, actions: Action[], extra: Partial<CharacterSetup> = {}): CharacterSetup {
  return {
    id: 'c', kind, size: 1, start: [0, 0.875, 0], facing: [0, 1], halfHeight: 0.875, radius: 0.22, actions,
    gravity: 9.81, hasGround: true, groundMaterial: 'grass', swimming: false, ...extra,
  };
}

function run(motion: CharacterMotion, seconds: number, target: Parameters<CharacterMotion['advance']>[2] = () => undefined) {
  const steps: Footfall[] = [];
  const track: { t: number; x: number; y: number; z: number; gait: string; phase: number }[] = [];
  for (let n = 1; n <= seconds * 240; n++) {
    motion.advance(n / 240, DT, target, (f) => steps.push(f));
    track.push({ t: n / 240, x: motion.position[0], y: motion.position[1], z: motion.position[2], gait: motion.gait, phase: motion.phase });
  }
  return { steps, track };
}

describe('CharacterMotion', () => {
  it('walks at its speed with 1.8 footsteps a second, alternating feet, facing its way', () => {
    const m = new CharacterMotion(setup('person', [{ entity: 'c', type: 'walk', start: 0, direction: [0, 0, -1] }]));
    const { steps, track } = run(m, 3);
    assert.ok(Math.abs(track[track.length - 1].z - -1.4 * 3) < 1e-9);
    assert.equal(steps.length, Math.floor(3 * 1.8 + 1e-9));
    assert.ok(steps.every((s, i) => s.material === 'grass' && Math.abs(s.position[1]) < 1e-12 && (i === 0 || Math.sign(s.position[0]) !== Math.sign(steps[i - 1].position[0]))));
    assert.ok(Math.abs(m.facing[0]) < 1e-6 && Math.abs(m.facing[1] + 1) < 1e-6);
    assert.equal(m.gait, 'walk');
    assert.ok(m.phase >= 0 && m.phase < 1);
  });

  it('steps more slowly with longer legs, four footfalls a stride for animals', () => {
    assert.ok(Math.abs(strideRate(1.4, 0.9, false) * 2 - 1.8) < 0.01);
    assert.ok(strideRate(3.5, 0.9, true) > strideRate(1.4, 0.9, false));
    assert.ok(characterProfileOf('person', 2).walkSpeed > characterProfileOf('person', 1).walkSpeed);
    const dog = new CharacterMotion(setup('dog', [{ entity: 'c', type: 'walk', start: 0 }], { halfHeight: 0.3, start: [0, 0.3, 0] }));
    const { steps } = run(dog, 2);
    const rate = strideRate(characterProfileOf('dog', 1).walkSpeed, characterProfileOf('dog', 1).leg, false, false);
    assert.equal(steps.length, Math.floor(2 * rate * 4));
  });

  it('stops in front of its target and turns idle', () => {
    const m = new CharacterMotion(setup('person', [{ entity: 'c', type: 'run', start: 0, target: 'ball' }]));
    const { track } = run(m, 3, () => ({ position: [3, 0.1, 0], radius: 0.1 }));
    const end = track[track.length - 1];
    assert.ok(Math.abs(3 - end.x - (0.22 + 0.1 + 0.15)) < 0.02, `stopped at ${end.x}`);
    assert.equal(end.gait, 'idle');
  });

  it('jumps on a parabola to v²/2g and lands with a footstep', () => {
    const m = new CharacterMotion(setup('person', [{ entity: 'c', type: 'jump', start: 0.5, height: 0.8 }]));
    const { steps, track } = run(m, 2);
    const apex = Math.max(...track.map((p) => p.y)) - 0.875;
    assert.ok(Math.abs(apex - 0.8) < 1e-3);
    assert.equal(steps.length, 1);
    const air = (2 * Math.sqrt(2 * 9.81 * 0.8)) / 9.81;
    assert.ok(Math.abs(steps[0].time - (0.5 + air)) < 2 / 240);
    assert.equal(track[track.length - 1].y, 0.875);
    assert.ok(track.some((p) => p.gait === 'jump'));
  });

  it('keeps jumping while a jump action lasts', () => {
    const m = new CharacterMotion(setup('person', [{ entity: 'c', type: 'jump', start: 0, duration: 3, height: 0.3 }]));
    const { steps } = run(m, 3.5);
    assert.ok(steps.length >= 4, `${steps.length} landings`);
  });

  it('waves, idles, spins and flies', () => {
    const wave = new CharacterMotion(setup('person', [{ entity: 'c', type: 'wave', start: 0, duration: 1 }]));
    assert.equal(run(wave, 0.5).track.at(-1)!.gait, 'wave');
    assert.equal(run(wave, 1).track.at(-1)!.gait, 'idle');
    const spin = new CharacterMotion(setup('person', [{ entity: 'c', type: 'spin', start: 0, speed: 0.25 }]));
    run(spin, 1);
    // A quarter turn about +Y (like a body's angular velocity +y) from facing +z: facing +x.
    assert.ok(Math.abs(spin.facing[0] - 1) < 1e-3 && Math.abs(spin.facing[1]) < 1e-3, `${spin.facing}`);
    const bird = new CharacterMotion(setup('bird', [{ entity: 'c', type: 'fly', start: 0, direction: [1, 0, 0] }], { start: [0, 0.1, 0], halfHeight: 0.1 }));
    const { track, steps } = run(bird, 3);
    assert.equal(steps.length, 0);
    assert.equal(track.at(-1)!.gait, 'fly');
    assert.ok(track.at(-1)!.y > 2 && track.at(-1)!.x > 5);
    assert.equal(bird.grounded, false);
  });

  it('swims without footsteps', () => {
    const fish = new CharacterMotion(setup('fish', [{ entity: 'c', type: 'walk', start: 0 }], { swimming: true, start: [0, -0.5, 0], halfHeight: 0.06 }));
    const { steps, track } = run(fish, 2);
    assert.equal(steps.length, 0);
    assert.ok(track.every((p) => p.gait === 'swim' && p.y < 0));
    assert.ok(track.at(-1)!.x > 0.5);
  });
});
