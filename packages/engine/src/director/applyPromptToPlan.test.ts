import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyPromptToPlan, directPlan } from './directPlan.ts';

describe('applyPromptToPlan (remix)', () => {
  const base = directPlan('a red ball bounces on the beach next to three rubber ducks');

  it('changes only what the new prompt mentions', () => {
    const night = applyPromptToPlan(base, 'make it night');
    assert.equal(night.environment.timeOfDay, 'night');
    assert.deepEqual({ ...night, environment: { ...night.environment, timeOfDay: base.environment.timeOfDay }, prompt: base.prompt }, base);
    assert.equal(night.prompt, `${base.prompt}\nmake it night`);
    assert.equal(night.seed, base.seed);
  });

  it('changes an entity named with "the" in place', () => {
    const blue = applyPromptToPlan(base, 'the ball is blue');
    assert.equal(blue.cast.length, base.cast.length);
    assert.equal(blue.cast.find((e) => e.id === 'ball-1')?.colour, '#1e63d6');
    const bigger = applyPromptToPlan(base, 'paint the ducks green');
    for (const e of bigger.cast.filter((x) => x.kind === 'rubber-duck')) assert.equal(e.colour, '#2a9d3a');
  });

  it('adds new entities with fresh ids and gives them defaults', () => {
    const more = applyPromptToPlan(base, 'add two rubber ducks and a dog');
    assert.deepEqual(more.cast.filter((e) => e.kind === 'rubber-duck').map((e) => e.id), ['rubber-duck-1', 'rubber-duck-2', 'rubber-duck-3', 'rubber-duck-4', 'rubber-duck-5']);
    assert.ok(more.cast.some((e) => e.id === 'dog-1'));
    assert.ok(more.actions.some((a) => a.entity === 'dog-1' && a.type === 'walk'));
    assert.deepEqual(more.actions.filter((a) => a.entity === 'ball-1'), base.actions.filter((a) => a.entity === 'ball-1'));
  });

  it('replaces the actions of entities the prompt gives new ones', () => {
    const rolled = applyPromptToPlan(base, 'the ball rolls to the left');
    const actions = rolled.actions.filter((a) => a.entity === 'ball-1');
    assert.deepEqual(actions.map((a) => a.type), ['roll']);
    assert.deepEqual(actions[0]?.direction, [-1, 0, 0]);
  });

  it('moves the scene and rebuilds water, gravity and ambience', () => {
    const pool = applyPromptToPlan(base, 'the ducks float in the pool while it rains');
    assert.equal(pool.environment.setting, 'pool');
    assert.equal(pool.environment.weather, 'rain');
    assert.equal(pool.environment.water[0]?.kind, 'pool');
    assert.ok(pool.audio.ambience.some((a) => a.kind === 'rain'));
    assert.ok(pool.cast.filter((e) => e.kind === 'rubber-duck').every((e) => e.placement.type === 'relation' && e.placement.target === 'water'));
    const moon = applyPromptToPlan(base, 'on the moon');
    assert.equal(moon.environment.gravity, 'low');
    assert.deepEqual(moon.audio.ambience.map((a) => a.kind), ['space-hum']);
  });

  it('keeps a named ground in place and drops it when the scene moves', () => {
    const floor = directPlan('a ball on a wooden floor');
    assert.equal(floor.environment.ground, 'wood');
    assert.equal(applyPromptToPlan(floor, 'at night').environment.ground, 'wood');
    assert.equal(applyPromptToPlan(floor, 'on the beach').environment.ground, undefined);
  });

  it('replaces camera moves and keeps framing unless told', () => {
    const orbit = applyPromptToPlan(applyPromptToPlan(base, 'close-up'), 'the camera orbits the ball');
    assert.equal(orbit.camera.framing, 'close-up');
    assert.deepEqual(orbit.camera.moves, [{ type: 'orbit', amount: 90, target: 'ball-1' }]);
  });

  it('collects ungrounded words across prompts', () => {
    const odd = applyPromptToPlan(directPlan('a shiny ball'), 'a teapot appears');
    assert.deepEqual(odd.ungrounded, ['shiny', 'teapot']);
  });
});
