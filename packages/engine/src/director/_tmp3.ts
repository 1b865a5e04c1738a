import { directPlan, applyPromptToPlan } from './directPlan.ts';
let plan = directPlan(process.argv[2]!);
for (const p of process.argv.slice(3)) {
  plan = applyPromptToPlan(plan, p);
  console.log('\n### +', p);
  const e = plan.environment;
  console.log(`env: ${e.setting} ${e.timeOfDay} ${e.weather} g=${e.gravity} wind=${e.wind.speed} water=${e.water.map(w=>w.kind)}`);
  for (const c of plan.cast) console.log(`  ${c.id} [${c.label}] ${c.colour} ${c.material} x${c.size} ${JSON.stringify(c.placement)}`);
  for (const a of plan.actions) console.log(`  > ${a.entity} ${a.type}` + (a.target ? ` ->${a.target}` : ''));
  console.log(`  camera: ${JSON.stringify(plan.camera)} ambience: ${plan.audio.ambience.map(a=>a.kind).join(',')}`);
  console.log(`  ungrounded: ${JSON.stringify(plan.ungrounded)} prompt=${JSON.stringify(plan.prompt)}`);
}
