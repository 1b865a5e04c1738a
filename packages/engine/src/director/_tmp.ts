import { directPlan } from './directPlan.ts';
import { readFileSync } from 'node:fs';
const prompts = process.argv[2] === '-f' ? readFileSync(process.argv[3]!, 'utf8').split('\n').filter(Boolean) : process.argv.slice(2);
for (const p of prompts) {
  try {
    const plan = directPlan(p);
    console.log(`\n### ${p}`);
    const e = plan.environment;
    console.log(`env: ${e.setting} ${e.timeOfDay} ${e.weather} g=${e.gravity} wind=${e.wind.speed} water=${e.water.map(w=>w.kind)} canvas=${plan.canvas.width}x${plan.canvas.height} ${plan.canvas.duration}s`);
    const seen = new Map<string, number>();
    for (const c of plan.cast) {
      const key = `${c.kind}|${c.label}|${c.colour}|${c.material}|${c.size}|${c.placement.type === 'relation' ? c.placement.relation + ' ' + c.placement.target : c.placement.type}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (seen.get(key)! > 1) continue;
      console.log(`  ${c.id} [${c.label}] ${c.colour} ${c.material} x${c.size} ${c.placement.type === 'relation' ? c.placement.relation + ' ' + c.placement.target : c.placement.type}`);
    }
    for (const [k, n] of seen) if (n > 1) console.log(`  (${n} × ${k.split('|')[1]})`);
    let shown = 0;
    for (const a of plan.actions) { if (shown++ > 6) { console.log('  > …'); break; } console.log(`  > ${a.entity} ${a.type} t=${a.start}` + (a.target ? ` ->${a.target}` : '') + (a.direction ? ` dir=${a.direction}` : '') + (a.speed !== undefined ? ` v=${a.speed}` : '') + (a.height !== undefined ? ` h=${a.height}` : '') + (a.duration !== undefined ? ` d=${a.duration}` : '')); }
    console.log(`  camera: ${JSON.stringify(plan.camera)}`);
    console.log(`  ambience: ${plan.audio.ambience.map(a=>a.kind+a.level).join(' ')}`);
    console.log(`  ungrounded: ${JSON.stringify(plan.ungrounded)}`);
  } catch (err) { console.log('\n### ' + p); console.log(err); }
}
