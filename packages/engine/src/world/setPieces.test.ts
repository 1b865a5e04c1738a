/**
 * The world sets scenes up the way people would: a domino chain that falls one after
 * another, a log that lies in the water, a balloon that stops at the ceiling, a car that
 * drives, a person who keeps pace with the dog they walk.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quat } from '../math/vec3.ts';
import { kindOf } from '../ontology/ontology.ts';
import { createEmptyPlan, type PlanOptions } from '../plan/createEmptyPlan.ts';
import { scenePlanSchema, type Action, type Entity, type ScenePlan } from '../plan/scenePlanSchema.ts';
import type { Timeline } from '../timeline/Timeline.ts';
import { upRow } from './math/rotations.ts';
import { simulate } from './simulate.ts';

function entity(id: string, kind: string, placement: Entity['placement'] = { type: 'auto' }): Entity {
  const k = kindOf(kind);
  return { id, kind, colour: k.colour, material: k.material, size: 1, placement } as Entity;
}

function planWith(options: PlanOptions, cast: Entity[], actions: Action[]): ScenePlan {
  const plan = createEmptyPlan(options);
  plan.cast = cast;
  plan.actions = actions;
  return scenePlanSchema.parse(plan);
}

/** Angle (degrees) between an entity's own up axis and world up. */
const tilt = (q: Quat) => (Math.acos(Math.max(-1, Math.min(1, upRow(q)[1]))) * 180) / Math.PI;
const at = (t: Timeline, f: number, i: number) => t.frames[f]!.poses[i]!;

describe('set pieces and defaults in the world', () => {
  it('topples a dozen dominoes on a table one after another, the first pushed', async () => {
    const dominoes = Array.from({ length: 12 }, (_, k) => entity(`d${k + 1}`, 'domino', { type: 'relation', relation: 'on', target: 'table' }));
    for (const [width, height] of [[720, 1280], [1280, 720]] as const) {
      const t = await simulate(planWith({ duration: 4, width, height, setting: 'living-room' }, [...dominoes, entity('table', 'table')], [{ entity: 'd1', type: 'topple', start: 0 }]));
      const fellAt = dominoes.map((_, i) => t.frames.findIndex((f) => tilt(f.poses[i]!.rotation) > 60));
      assert.ok(fellAt.every((f) => f >= 0), `${width}x${height}: every domino falls (${fellAt})`);
      for (let k = 1; k < 12; k++) assert.ok(fellAt[k]! >= fellAt[k - 1]!, `${width}x${height}: in order (${fellAt})`);
      assert.ok(fellAt[11]! > fellAt[0]! + 5, 'one after another, not all at once');
      // They fall onto the table, not off it.
      const top = at(t, 0, 12).position[1] + 0.375;
      for (let i = 0; i < 12; i++) assert.ok(at(t, t.frameCount - 1, i).position[1] > top - 0.01);
    }
  });

  it('floats a log lying on its side, not standing up', async () => {
    const t = await simulate(planWith({ duration: 3, setting: 'pond' }, [entity('log', 'log', { type: 'relation', relation: 'in', target: 'water' })], [{ entity: 'log', type: 'float', start: 0 }]));
    for (const f of [0, t.frameCount - 1]) assert.ok(Math.abs(tilt(at(t, f, 0).rotation) - 90) < 10, `tilted ${tilt(at(t, f, 0).rotation)}°`);
  });

  it('lets a balloon rise indoors until the ceiling stops it', async () => {
    const t = await simulate(planWith({ duration: 6, setting: 'living-room' }, [entity('balloon', 'balloon')], [{ entity: 'balloon', type: 'float', start: 0 }]));
    const ys = t.frames.map((f) => f.poses[0]!.position[1]);
    assert.ok(Math.max(...ys) < 2.9, `highest ${Math.max(...ys)}`);
    assert.ok(ys[ys.length - 1]! > 2.3, `ends up near the ceiling, at ${ys[ys.length - 1]}`);
  });

  it('drives a car that rolls, along its direction, at a steady speed', async () => {
    const t = await simulate(planWith({ duration: 3, setting: 'city-street' }, [entity('car', 'car')], [{ entity: 'car', type: 'roll', start: 0, direction: [0, 0, -1] }]));
    const end = at(t, t.frameCount - 1, 0);
    assert.ok(end.position[2] < -8, `drove to z = ${end.position[2]}`);
    assert.ok(Math.abs(end.position[0]) < 0.2 && Math.abs(end.velocity[2] + 5) < 0.5);
    assert.ok(tilt(end.rotation) < 5, 'on its wheels');
  });

  it('walks a person along with the dog they walk, a lead behind it', async () => {
    for (const [width, height] of [[720, 1280], [1280, 720]] as const) {
      const t = await simulate(
        planWith({ duration: 4, width, height, setting: 'meadow' }, [entity('person', 'person'), entity('dog', 'dog')], [
          { entity: 'person', type: 'walk', start: 0, target: 'dog' },
          { entity: 'dog', type: 'walk', start: 0 },
        ]),
      );
      const p0 = at(t, 0, 0).position, p1 = at(t, t.frameCount - 1, 0).position;
      const d1 = at(t, t.frameCount - 1, 1).position;
      assert.ok(Math.hypot(p1[0] - p0[0], p1[2] - p0[2]) > 3, `${width}x${height}: the person walks`);
      assert.ok(Math.hypot(p1[0] - d1[0], p1[2] - d1[2]) < 1.5, `${width}x${height}: beside the dog at the end`);
      assert.ok(d1[0] > p1[0], 'the dog leads');
    }
  });
});
