/**
 * The documented plans are real plans: every docs/examples/*.json and every JSON block in
 * docs/scene-plan.md validates; plans survive a JSON round trip unchanged; invalid plans fail
 * with a PlanError that names the bad field.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan, parsePlanJson, PlanError } from '../plan/parsePlan.ts';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import { directPlan } from './directPlan.ts';

const docs = fileURLToPath(new URL('../../../../docs/', import.meta.url));
const exampleFiles = readdirSync(`${docs}examples`).filter((f) => f.endsWith('.json')).sort();
const readExample = (f: string): unknown => JSON.parse(readFileSync(`${docs}examples/${f}`, 'utf8'));

describe('docs/examples', () => {
  it('has at least three example plans', () => {
    assert.ok(exampleFiles.length >= 3, `found ${exampleFiles.join(', ')}`);
  });
  for (const f of exampleFiles) {
    it(`${f} is a valid ScenePlan`, () => {
      const plan = parsePlanJson(readFileSync(`${docs}examples/${f}`, 'utf8'));
      assert.equal(plan.version, 1);
      assert.ok(plan.cast.length > 0 && plan.actions.length > 0, 'an example shows entities doing something');
    });
  }
  it('every JSON block in scene-plan.md is a valid ScenePlan', () => {
    const text = readFileSync(`${docs}scene-plan.md`, 'utf8');
    const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    assert.ok(blocks.length >= 3, 'the page shows the example plans');
    for (const block of blocks) assert.doesNotThrow(() => parsePlanJson(block), block.slice(0, 80));
  });
  it('the inline duck example is the file', () => {
    const text = readFileSync(`${docs}scene-plan.md`, 'utf8');
    const block = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as ScenePlan).find((p) => p.seed === 7);
    assert.deepEqual(block, readExample('duck-in-bathtub.json'));
  });
});

describe('ScenePlan round trip', () => {
  const plans: [string, ScenePlan][] = [
    ...exampleFiles.map((f) => [f, parsePlan(readExample(f))] as [string, ScenePlan]),
    ['director plan', directPlan('a big metal anvil and a small green ball fall onto a wooden table, close-up, slow dolly in')],
    ['director plan with water and weather', directPlan('three rubber ducks float in the pool at night in the rain, the camera orbits')],
  ];
  for (const [name, plan] of plans) {
    it(`${name}: JSON.stringify → parsePlan gives the same plan`, () => {
      assert.deepEqual(parsePlan(JSON.parse(JSON.stringify(plan))), plan);
    });
  }
});

describe('invalid plans name the bad field', () => {
  const base = readExample('beach-sunset.json') as ScenePlan;
  const broken = (change: (p: ScenePlan) => void): unknown => {
    const p = structuredClone(base);
    change(p);
    return p;
  };
  const cases: [string, unknown, string, RegExp][] = [
    ['an unknown kind', broken((p) => ((p.cast[2] as { kind: string }).kind = 'dragon')), 'cast.2.kind', /expected one of/],
    ['a negative duration', broken((p) => (p.canvas.duration = -1)), 'canvas.duration', />=1/],
    ['an action for an unknown entity', broken((p) => (p.actions[0]!.entity = 'ghost-1')), 'actions.0.entity', /unknown entity "ghost-1"/],
    ['an action aimed at an unknown entity', broken((p) => (p.actions[2]!.target = 'ghost-2')), 'actions.2.target', /unknown entity "ghost-2"/],
    ['a duplicate id', broken((p) => (p.cast[1]!.id = 'person-1')), 'cast.1.id', /duplicate entity id/],
    ['a placement relative to a missing entity', broken((p) => (p.cast[1]!.placement = { type: 'relation', relation: 'on', target: 'table-9' })), 'cast.1.placement.target', /unknown entity "table-9"/],
    ['an unsupported size', broken((p) => { p.canvas.width = 800; p.canvas.height = 600; }), 'canvas.width', /size must be one of/],
    ['an action after the clip ends', broken((p) => (p.actions[4]!.start = 12)), 'actions.4.start', /after the clip ends/],
    ['a bad colour', broken((p) => (p.cast[0]!.colour = 'red')), 'cast.0.colour', /colour like/],
    ['an unknown camera move target', broken((p) => (p.camera.moves[0]!.target = 'nobody')), 'camera.moves.0.target', /unknown entity/],
    ['an unknown field', broken((p) => ((p as unknown as Record<string, unknown>).colour = 'blue')), '', /colour/],
  ];
  for (const [what, plan, field, reason] of cases) {
    it(what, () => {
      assert.throws(
        () => parsePlan(plan),
        (err: unknown) => {
          assert.ok(err instanceof PlanError, 'a PlanError');
          assert.equal(err.field, field);
          assert.match(err.message, reason);
          if (field) assert.ok(err.message.includes(field), 'the message names the field');
          return true;
        },
      );
    });
  }
  it('malformed JSON is a PlanError too', () => {
    assert.throws(() => parsePlanJson('{"version": 1,'), (err: unknown) => err instanceof PlanError && /not valid JSON/.test(err.message));
  });
});
