/**
 * What speech costs: the same 10 s dialogue clip (720x1280, 30 fps) generated with its speech
 * (synthesis from a cold cache, voices mixed, ducking, captions sidecar, burned-in captions)
 * and without it. Prints both times and the ratio; the goal is at most 1.25.
 *
 *   node --import tsx packages/engine/bench/benchSpeech.ts [rounds]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { directPlan } from '../src/director/directPlan.ts';
import { generateVideo } from '../src/generate/generateVideo.ts';
import type { ScenePlan } from '../src/plan/scenePlanSchema.ts';
import { clearSynthesisCache } from '../src/speech/synthesizeLine.ts';

const PROMPT =
  'a robot and a woman in a kitchen. The woman asks: "Good morning! Did you make coffee already?" ' +
  'The robot says "Of course. I also cleaned the floor and watered the plants." ' +
  'The woman replies "You are the best assistant I ever had." and the robot says "I know. Thank you."';

const rounds = Number(process.argv[2] ?? 2);
const dir = mkdtempSync(join(tmpdir(), 'klappe-bench-speech-'));
const withSpeech: ScenePlan = directPlan(PROMPT, { duration: 10 });
withSpeech.speech = { ...withSpeech.speech!, burnInCaptions: true };
const { speech: _speech, ...withoutSpeech } = withSpeech;

async function time(plan: ScenePlan, name: string): Promise<number> {
  clearSynthesisCache();
  const t = performance.now();
  const r = await generateVideo({ plan, output: join(dir, `${name}.mp4`) });
  const s = (performance.now() - t) / 1000;
  console.log(`  ${name.padEnd(15)} ${s.toFixed(2)} s  (simulate ${r.timings.simulate.toFixed(2)}, audio ${r.timings.audio.toFixed(2)}, render+encode ${r.timings.renderAndEncode.toFixed(2)})`);
  return s;
}

try {
  const spoken = withSpeech.speech!.lines.reduce((t, l) => t + (l.duration ?? 0), 0);
  console.log(`speech benchmark: ${withSpeech.speech!.lines.length} lines (${spoken.toFixed(1)} s spoken), ${withSpeech.canvas.duration} s clip, ${withSpeech.canvas.width}x${withSpeech.canvas.height}`);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    b.push(await time(withoutSpeech, 'without speech'));
    a.push(await time(withSpeech, 'with speech'));
  }
  // The fastest run of each is the least disturbed by other work on the machine.
  const best = (xs: number[]) => Math.min(...xs);
  const ratio = best(a) / best(b);
  console.log(`best with ${best(a).toFixed(2)} s, without ${best(b).toFixed(2)} s: ratio ${ratio.toFixed(3)} (goal ≤ 1.25) ${ratio <= 1.25 ? 'met' : 'NOT met'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
