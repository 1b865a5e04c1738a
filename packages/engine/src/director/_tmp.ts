import { directPlan } from './directPlan.ts';
for (const p of process.argv.slice(2)) {
  const plan = directPlan(p);
  const e = plan.environment;
  const groups = new Map<string, number>();
  for (const c of plan.cast) { const k = `${c.label}(${c.kind},${c.colour},${c.material},x${c.size},${c.placement.type === 'relation' ? c.placement.relation + ' ' + c.placement.target : c.placement.type})`; groups.set(k, (groups.get(k) ?? 0) + 1); }
  const acts = new Map<string, number>();
  for (const a of plan.actions) { const k = `${a.entity.replace(/-\d+$/, '')} ${a.type}${a.target ? '->' + a.target : ''}${a.direction ? ' dir' + a.direction : ''}${a.speed !== undefined ? ' v' + a.speed : ''}${a.height !== undefined ? ' h' + a.height : ''}${a.start ? ' t' + a.start : ''}`; acts.set(k, (acts.get(k) ?? 0) + 1); }
  console.log(`\n# ${p}\n  ${e.setting}/${e.timeOfDay}/${e.weather}/g=${e.gravity}/wind=${e.wind.speed}${e.water.length ? '/water=' + e.water[0]!.kind : ''} ${plan.canvas.width}x${plan.canvas.height} ${plan.canvas.duration}s`);
  console.log('  cast: ' + [...groups].map(([k, n]) => (n > 1 ? n + '× ' : '') + k).join('; '));
  console.log('  acts: ' + [...acts].map(([k, n]) => (n > 1 ? n + '× ' : '') + k).join('; '));
  console.log('  cam: ' + plan.camera.framing + (plan.camera.subject ? ' @' + plan.camera.subject : '') + ' ' + plan.camera.moves.map(m => m.type + (m.amount !== undefined ? '(' + m.amount + ')' : '') + (m.target ? '->' + m.target : '')).join(',') + '  ungrounded: ' + JSON.stringify(plan.ungrounded));
}
