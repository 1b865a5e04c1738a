/**
 * The director's understanding, case by case: each prompt in directPlanCases.json with the
 * entities, counts, colours, materials, sizes, placements, actions, environment, camera and
 * ungrounded words it must produce.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import casesJson from './directPlanCases.json' with { type: 'json' };
import { directPlan } from './directPlan.ts';
import { parsePlan } from '../plan/parsePlan.ts';
import type { PlanOptions } from '../plan/createEmptyPlan.ts';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';

interface EntityExpectation {
  kind?: string;
  label?: string;
  colour?: string;
  material?: string;
  size?: number;
  placement?: string;
}

interface Case {
  prompt: string;
  options?: PlanOptions;
  setting?: string;
  ground?: string | null;
  timeOfDay?: string;
  weather?: string;
  gravity?: string | number;
  water?: string | null;
  windAtLeast?: number;
  windSpeed?: number;
  canvas?: { width?: number; height?: number; duration?: number; fps?: number };
  seed?: number;
  kinds?: Record<string, number>;
  entities?: Record<string, EntityExpectation>;
  distinctColours?: number;
  actions?: string[];
  actionsInclude?: string[];
  actionCount?: number;
  actionDetails?: Record<string, { direction?: number[]; speed?: number; height?: number; start?: number }>;
  framing?: string;
  moves?: string[];
  moveDetails?: Record<string, unknown>[];
  subject?: string | null;
  ambience?: string[];
  ungrounded?: string[];
}

const cases = (casesJson as unknown as { cases: Case[] }).cases;

const describeAction = (a: ScenePlan['actions'][number]) => `${a.entity} ${a.type}${a.target ? ` ->${a.target}` : ''}`;
const placementOf = (e: ScenePlan['cast'][number]) =>
  e.placement.type === 'relation' ? `${e.placement.relation} ${e.placement.target}` : e.placement.type;

function check(c: Case, plan: ScenePlan): void {
  const env = plan.environment;
  if (c.setting !== undefined) assert.equal(env.setting, c.setting, 'setting');
  if (c.ground !== undefined) assert.equal(env.ground ?? null, c.ground, 'ground');
  if (c.timeOfDay !== undefined) assert.equal(env.timeOfDay, c.timeOfDay, 'time of day');
  if (c.weather !== undefined) assert.equal(env.weather, c.weather, 'weather');
  if (c.gravity !== undefined) assert.equal(env.gravity, c.gravity, 'gravity');
  if (c.water !== undefined) assert.equal(env.water[0]?.kind ?? null, c.water, 'water');
  if (c.windAtLeast !== undefined) assert.ok(env.wind.speed >= c.windAtLeast, `wind ${env.wind.speed} < ${c.windAtLeast}`);
  if (c.windSpeed !== undefined) assert.equal(env.wind.speed, c.windSpeed, 'wind speed');
  if (c.canvas) for (const [k, v] of Object.entries(c.canvas)) assert.equal(plan.canvas[k as keyof ScenePlan['canvas']], v, `canvas.${k}`);
  if (c.seed !== undefined) assert.equal(plan.seed, c.seed, 'seed');

  if (c.kinds) {
    const counts: Record<string, number> = {};
    for (const e of plan.cast) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    assert.deepEqual(counts, c.kinds, 'entity kinds and counts');
  }
  for (const [id, want] of Object.entries(c.entities ?? {})) {
    const e = plan.cast.find((x) => x.id === id);
    assert.ok(e, `entity ${id} missing (cast: ${plan.cast.map((x) => x.id).join(', ')})`);
    if (want.kind !== undefined) assert.equal(e.kind, want.kind, `${id}.kind`);
    if (want.label !== undefined) assert.equal(e.label, want.label, `${id}.label`);
    if (want.colour !== undefined) assert.equal(e.colour, want.colour, `${id}.colour`);
    if (want.material !== undefined) assert.equal(e.material, want.material, `${id}.material`);
    if (want.size !== undefined) assert.ok(Math.abs(e.size - want.size) < 1e-3, `${id}.size ${e.size} ≠ ${want.size}`);
    if (want.placement !== undefined) assert.equal(placementOf(e), want.placement, `${id}.placement`);
  }
  if (c.distinctColours !== undefined) assert.equal(new Set(plan.cast.map((e) => e.colour)).size, c.distinctColours, 'distinct colours');

  const actions = plan.actions.map(describeAction);
  if (c.actions) assert.deepEqual([...actions].sort(), [...c.actions].sort(), 'actions');
  for (const a of c.actionsInclude ?? []) assert.ok(actions.includes(a), `action "${a}" missing (have: ${actions.slice(0, 8).join('; ')})`);
  if (c.actionCount !== undefined) assert.equal(actions.length, c.actionCount, 'number of actions');
  for (const [key, want] of Object.entries(c.actionDetails ?? {})) {
    const a = plan.actions.find((x) => `${x.entity} ${x.type}` === key);
    assert.ok(a, `action ${key} missing`);
    for (const [k, v] of Object.entries(want)) assert.deepEqual(a[k as keyof typeof a], v, `${key}.${k}`);
  }

  if (c.framing !== undefined) assert.equal(plan.camera.framing, c.framing, 'framing');
  if (c.moves) assert.deepEqual(plan.camera.moves.map((m) => m.type), c.moves, 'camera moves');
  (c.moveDetails ?? []).forEach((want, i) => {
    for (const [k, v] of Object.entries(want)) assert.deepEqual(plan.camera.moves[i]?.[k as keyof ScenePlan['camera']['moves'][number]], v, `camera.moves.${i}.${k}`);
  });
  if (c.subject !== undefined) assert.equal(plan.camera.subject ?? null, c.subject, 'camera subject');
  for (const kind of c.ambience ?? []) assert.ok(plan.audio.ambience.some((a) => a.kind === kind), `ambience "${kind}" missing`);
  if (c.ungrounded) assert.deepEqual(plan.ungrounded, c.ungrounded, 'ungrounded');
}

describe('directPlan understands prompts', () => {
  it('has a case table of at least 40 prompts', () => {
    assert.ok(cases.length >= 40, `only ${cases.length} cases`);
  });
  for (const c of cases) {
    it(c.prompt, () => {
      const plan = directPlan(c.prompt, c.options ?? {});
      assert.doesNotThrow(() => parsePlan(JSON.parse(JSON.stringify(plan))));
      check(c, plan);
    });
  }
});
