import { directPlan } from './directPlan.ts';
import { readFileSync } from 'node:fs';
const prompts = readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean);
const cases = prompts.map((prompt) => {
  const p = directPlan(prompt);
  const kinds: Record<string, number> = {};
  for (const e of p.cast) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  const entities: Record<string, unknown> = {};
  const seenGroup = new Set<string>();
  for (const e of p.cast) {
    const key = `${e.kind}|${e.label}|${e.colour}|${e.material}|${e.size}`;
    if (seenGroup.has(key)) continue;
    seenGroup.add(key);
    entities[e.id] = { label: e.label, colour: e.colour, material: e.material, size: e.size, placement: e.placement.type === 'relation' ? `${e.placement.relation} ${e.placement.target}` : e.placement.type };
  }
  const actions = p.actions.map((a) => `${a.entity} ${a.type}${a.target ? ' ->' + a.target : ''}`);
  const c: Record<string, unknown> = {
    prompt,
    setting: p.environment.setting, timeOfDay: p.environment.timeOfDay, weather: p.environment.weather, gravity: p.environment.gravity,
    kinds, entities,
    ...(actions.length <= 12 ? { actions } : { actionsInclude: actions.slice(0, 3), actionCount: actions.length }),
    framing: p.camera.framing, moves: p.camera.moves.map((m) => m.type),
    ungrounded: p.ungrounded,
  };
  return c;
});
console.log(JSON.stringify(cases, null, 1));
