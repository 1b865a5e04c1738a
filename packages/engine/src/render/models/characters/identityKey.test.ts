import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IDENTITY_QUAT } from '../../../math/vec3.ts';
import { directPlan } from '../../../director/directPlan.ts';
import type { Pose } from '../../../timeline/Timeline.ts';
import { seconds } from '../../../units/units.ts';
import { entityOfKind } from '../../preview/entityOfKind.ts';
import { modelFor } from '../modelFor.ts';
import { identityKeyOf } from './identityKey.ts';

const pose: Pose = { position: [0, 1, 0], rotation: IDENTITY_QUAT, velocity: [0, 0, 0], angularVelocity: [0, 0, 0], inContact: true, submerged: 0, gait: 'idle', gaitPhase: 0 };

function partsOf(kind: string, id: string, name: string | undefined, colour = '#2a9d8f') {
  const entity = { ...entityOfKind(kind, { id, colour }), ...(name !== undefined ? { name } : {}) };
  return modelFor(kind)({ entity, pose, time: seconds(0.5) });
}

describe('consistent characters', () => {
  it('the look comes from the name when there is one, else the id', () => {
    assert.equal(identityKeyOf({ id: 'robot-1', name: ' Robo ' }), 'name:robo');
    assert.equal(identityKeyOf({ id: 'robot-1' }), 'robot-1');
  });

  for (const kind of ['person', 'robot', 'dog', 'cat', 'horse', 'astronaut']) {
    it(`a ${kind} named the same looks the same whatever its id; another name looks different`, () => {
      const a = partsOf(kind, `${kind}-1`, 'Robo');
      assert.deepEqual(partsOf(kind, `${kind}-7`, 'Robo'), a);
      const others = ['Bolt', 'Ada', 'Rex', 'Luna', 'Max'].map((n) => JSON.stringify(partsOf(kind, `${kind}-1`, n)));
      assert.ok(others.some((o) => o !== JSON.stringify(a)), 'some other name gives another look');
    });
  }

  it('the director names characters and gives a named character the same colour in every prompt', () => {
    const first = directPlan('a robot named Robo waves on a beach', { seed: 1 });
    const second = directPlan('a cat and Robo the robot walk in a park at night', { seed: 99 });
    const robo1 = first.cast.find((e) => e.name === 'Robo')!;
    const robo2 = second.cast.find((e) => e.name === 'Robo')!;
    assert.equal(robo1.kind, 'robot');
    assert.equal(robo2.kind, 'robot');
    assert.equal(robo1.colour, robo2.colour);
    assert.deepEqual(first.ungrounded, []);
    const two = directPlan('a woman called Ada and a dog named Rex walk in a park', { seed: 1 });
    assert.deepEqual(two.cast.map((e) => [e.kind, e.name]), [['person', 'Ada'], ['dog', 'Rex']]);
    const coloured = directPlan('a blue robot named Robo', { seed: 1 });
    assert.notEqual(coloured.cast[0]!.colour, robo1.colour, 'a colour the prompt says wins over the name');
  });

  it('a remix keeps the name and so the look', async () => {
    const { applyPromptToPlan } = await import('../../../director/directPlan.ts');
    const base = directPlan('a robot named Robo waves on a beach', { seed: 1 });
    const remix = applyPromptToPlan(base, 'make it night');
    assert.deepEqual(remix.cast.find((e) => e.kind === 'robot'), base.cast.find((e) => e.kind === 'robot'));
  });
});
