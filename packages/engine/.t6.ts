import { directPlan } from './src/director/directPlan.ts';
import { generateVideo } from './src/generate/generateVideo.ts';
const prompt = process.argv[2]!;
const plan = directPlan(prompt, { duration: Number(process.argv[4] ?? 4) });
plan.speech!.burnInCaptions = true;
console.log(JSON.stringify(plan.speech), plan.cast.map(e=>e.id));
const t = performance.now();
const r = await generateVideo({ plan, output: process.argv[3]! , workers: 2});
console.log(r.timings, r.captions, (performance.now()-t).toFixed(0));
