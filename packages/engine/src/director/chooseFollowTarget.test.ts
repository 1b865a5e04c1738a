import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directPlan } from './directPlan.ts';

const cameraOf = (prompt: string) => directPlan(prompt, { duration: 4 }).camera;

describe('the default camera', () => {
  it('follows a subject that travels: a walker, a runner, a driving car, a rolling ball', () => {
    for (const [prompt, id] of [
      ['a person walks a dog through a meadow in the rain', 'person-1'],
      ['a horse gallops along the beach', 'horse-1'],
      ['a car drives down a city street at night', 'car-1'],
      ['a ball rolls across the floor', 'ball-1'],
    ] as const) {
      const camera = cameraOf(prompt);
      assert.deepEqual(camera.moves, [{ type: 'follow', target: id }], prompt);
    }
  });

  it('keeps the static shot for things that stay about where they are', () => {
    for (const prompt of [
      'three wooden crates and a big metal anvil fall in a kitchen',
      'a red ball bounces on a wooden floor',
      'a robot and an astronaut jump on the moon',
      'a rubber duck and a log float in a pond at sunset',
      'a dozen dominoes topple on a table in a living room, close-up',
      'a bowling ball rolls into ten bowling pins',
      'a person walks to the chair',
    ]) {
      assert.deepEqual(cameraOf(prompt).moves, [{ type: 'static' }], prompt);
    }
  });

  it('leaves the moves the prompt asked for alone', () => {
    assert.deepEqual(cameraOf('a person walks in the park, the camera orbits').moves.map((m) => m.type), ['orbit']);
    assert.deepEqual(cameraOf('a car drives down a street, handheld camera').moves.map((m) => m.type), ['handheld']);
  });

  it('sends a car down the city street, along the road', () => {
    const plan = directPlan('a car drives down a city street at night');
    assert.deepEqual(plan.actions[0]!.direction, [0, 0, -1]);
    // Elsewhere it drives across the picture as before.
    assert.equal(directPlan('a car drives through the desert').actions[0]!.direction, undefined);
  });
});
