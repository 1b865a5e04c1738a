/**
 * How long the world takes: an 8-second clip with 20 bodies (falling props, a walking person,
 * a running dog), in a studio and on a windy lake. Run with
 *   node --import tsx packages/engine/src/world/bench/simulateBench.ts
 */
import { pathToFileURL } from 'node:url';
import { kindOf } from '../../ontology/ontology.ts';
import { createEmptyPlan } from '../../plan/createEmptyPlan.ts';
import type { Entity, ScenePlan } from '../../plan/scenePlanSchema.ts';
import { simulate } from '../simulate.ts';

const KINDS = [
  'ball', 'cube', 'crate', 'barrel', 'bottle', 'domino', 'book', 'chair', 'apple', 'basketball',
  'tennis-ball', 'rock', 'log', 'teddy-bear', 'can', 'cylinder', 'watermelon', 'bucket', 'person', 'dog',
];

export function benchPlan(setting: string, windSpeed: number): ScenePlan {
  const plan = createEmptyPlan({ duration: 8, setting });
  KINDS.forEach((kind, i) => {
    const k = kindOf(kind);
    plan.cast.push({ id: `e${i}`, kind, colour: k.colour, material: k.material, size: 1, placement: { type: 'auto' } } as Entity);
    if (i % 3 === 0 && k.mobility === 'dynamic') plan.actions.push({ entity: `e${i}`, type: 'drop', start: 0.2 * i });
  });
  plan.actions.push({ entity: 'e18', type: 'walk', start: 0.5 });
  plan.actions.push({ entity: 'e19', type: 'run', start: 0.5, direction: [-1, 0, 0] });
  plan.environment.wind = { speed: windSpeed, direction: 30 };
  return plan;
}

export async function benchSimulate(runs = 3): Promise<{ setting: string; ms: number[] }[]> {
  const out: { setting: string; ms: number[] }[] = [];
  for (const [setting, wind] of [['studio', 0], ['lake', 6]] as const) {
    const plan = benchPlan(setting, wind);
    const ms: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      await simulate(plan);
      ms.push(performance.now() - t0);
    }
    out.push({ setting, ms });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const { setting, ms } of await benchSimulate()) {
    console.log(`${setting}: 8 s, 20 bodies: ${ms.map((m) => m.toFixed(0)).join(' / ')} ms (first run includes JIT warm-up)`);
  }
}
