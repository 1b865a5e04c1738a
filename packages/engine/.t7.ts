import { directPlan } from './src/director/directPlan.ts';
import { simulate } from './src/world/simulate.ts';
import { renderAudio } from './src/audio/renderAudio.ts';
const plan = directPlan('a robot and a woman in a kitchen. The robot says "Hello, I am your new kitchen assistant." and the woman replies "Great, can you make coffee?"', { duration: 5 });
const tl = await simulate(plan);
for (let k=0;k<2;k++){
let t = performance.now(); renderAudio(tl); const a = performance.now()-t;
t = performance.now(); renderAudio({ ...tl, plan: { ...tl.plan, speech: undefined }, speech: [] }); const b = performance.now()-t;
console.log('with', a.toFixed(0), 'without', b.toFixed(0));
}
