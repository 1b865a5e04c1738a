import { directPlan } from './src/director/directPlan.ts';
for (const p of [
 'a robot says "hello"',
 'In a train station, the woman asks: "where is the station?" and the man replies "over there"',
 'a robot and a girl in a kitchen. The robot says "Guten Tag!" then the girl answers: "Hallo Roboter" auf Deutsch',
 '"Hi," says the boy. "Hello," the dog says.',
 'a ball rolls across the floor\nnarrator: Every journey begins with a single roll.',
 'two cats talk in a garden: "hola" "¿qué tal?"',
]) { const t=performance.now(); const plan = directPlan(p); console.log(p, (performance.now()-t).toFixed(0)+'ms\n  ', plan.cast.map(e=>`${e.id}:${e.label}`).join(' '), plan.canvas.duration, plan.ungrounded, JSON.stringify(plan.speech)); }
