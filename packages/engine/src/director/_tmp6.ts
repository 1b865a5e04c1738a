import { readFileSync, readdirSync } from 'node:fs';
import { parsePlanJson } from '../plan/parsePlan.ts';
import { simulate } from '../world/simulate.ts';
for (const f of readdirSync('/work/main/docs/examples')) {
  const plan = parsePlanJson(readFileSync('/work/main/docs/examples/' + f, 'utf8'));
  const t0 = performance.now();
  try {
    const tl = await simulate(plan);
    const last = tl.frames[tl.frames.length - 1]!;
    console.log(f, (performance.now() - t0).toFixed(0), 'ms', tl.events.length, 'events');
    tl.entities.forEach((e, i) => console.log('   ', e.id, tl.frames[0]!.poses[i]!.position.map(v => v.toFixed(2)).join(','), '->', last.poses[i]!.position.map(v => v.toFixed(2)).join(',')));
  } catch (e) { console.log(f, 'FAILED', e); }
}
