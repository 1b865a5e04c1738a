/**
 * Where a render thread's time goes, per 720x1280 frame, stage by stage, for the five standard
 * prompts: composing the frame (JavaScript, plus whatever Skia rasterises on the way, e.g. when
 * a style reads the frame back), reading the pixels back (`canvas.data()`: Skia rasterises
 * what is still recorded, then copies into a fresh buffer), the same call again with nothing
 * new drawn (the copy alone), and the RGBA → I420 conversion (the plain per-byte
 * kernel against the word-wise one, into fresh or reused memory). Also the cost of touching a
 * fresh 3.7 MB buffer (page faults). Not a test (timings are not asserted): run it and read it.
 *
 *   node --import tsx packages/engine/bench/benchFramePipeline.ts [frames] [runs]
 *
 * CPU time of this thread (process.cpuUsage on a worker-less process), median over the frames
 * of each run, then the median of the runs' medians: a shared machine only ever adds time.
 */
import { createCanvas } from '@napi-rs/canvas';
import { directPlan } from '../src/director/directPlan.ts';
import { rgbaToYuv420, rgbaToYuv420Bytes, yuv420Size } from '../src/encode/rgbaToYuv420.ts';
import { composeFrame } from '../src/render/frame/composeFrame.ts';
import { frameSceneOf } from '../src/render/frame/frameSceneOf.ts';
import { frameIndex } from '../src/units/units.ts';
import { simulate } from '../src/world/simulate.ts';
import { STANDARD_PROMPTS as PROMPTS } from '../src/testing/standardPrompts.ts';

const W = 720, H = 1280;
const FRAMES = Number(process.argv[2] ?? 30);
const RUNS = Number(process.argv[3] ?? 3);

const cpuMs = (fn: () => void): number => {
  const s = process.cpuUsage();
  fn();
  const d = process.cpuUsage(s);
  return (d.user + d.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const faults = () => process.resourceUsage().minorPageFault;

const STAGES = ['compose', 'read back', 'read back again', 'faults in read back', 'I420 per-byte, fresh', 'I420 word-wise, fresh', 'I420 word-wise, reused'] as const;
type Stage = (typeof STAGES)[number];

async function measure(prompt: string): Promise<Record<Stage, number>> {
  const timeline = await simulate(directPlan(prompt, { width: W, height: H, fps: 30, duration: 8 }));
  const fs = frameSceneOf(timeline);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d', { alpha: false });
  const reused = new Uint8Array(yuv420Size(W, H));
  const runs: Record<Stage, number[]> = Object.fromEntries(STAGES.map((s) => [s, []])) as never;
  for (let run = 0; run < RUNS; run++) {
    const perFrame: Record<Stage, number[]> = Object.fromEntries(STAGES.map((s) => [s, []])) as never;
    for (let i = 0; i < FRAMES; i++) {
      // Spread the frames over the clip.
      const f = frameIndex(Math.floor(((i + 0.5) * timeline.frameCount) / FRAMES));
      perFrame.compose.push(cpuMs(() => composeFrame(ctx, fs, f)));
      let rgba: Uint8Array = new Uint8Array(0);
      const f0 = faults();
      perFrame['read back'].push(cpuMs(() => (rgba = canvas.data())));
      perFrame['faults in read back'].push(faults() - f0);
      // Nothing new drawn: what is left is the copy into a fresh buffer.
      perFrame['read back again'].push(cpuMs(() => canvas.data()));
      perFrame['I420 per-byte, fresh'].push(cpuMs(() => rgbaToYuv420Bytes(rgba, W, H)));
      perFrame['I420 word-wise, fresh'].push(cpuMs(() => rgbaToYuv420(rgba, W, H)));
      perFrame['I420 word-wise, reused'].push(cpuMs(() => rgbaToYuv420(rgba, W, H, reused)));
    }
    for (const s of STAGES) runs[s].push(median(perFrame[s]));
  }
  return Object.fromEntries(STAGES.map((s) => [s, median(runs[s])])) as Record<Stage, number>;
}

function freshBufferCost(): { fresh: number; faults: number; reused: number } {
  const n = W * H * 4;
  const fresh: number[] = [], reusedMs: number[] = [], fs: number[] = [];
  const keep: Uint8Array[] = [];
  const warm = new Uint8Array(n);
  for (let i = 0; i < 40; i++) {
    const f0 = faults();
    fresh.push(cpuMs(() => {
      const b = new Uint8Array(n);
      for (let k = 0; k < n; k += 4096) b[k] = 1;
      keep.push(b);
    }));
    fs.push(faults() - f0);
    if (keep.length > 8) keep.shift();
    reusedMs.push(cpuMs(() => {
      for (let k = 0; k < n; k += 4096) warm[k] = i;
    }));
  }
  return { fresh: median(fresh), faults: median(fs), reused: median(reusedMs) };
}

console.log(`# Render-thread stages, ${W}x${H}, CPU ms per frame (median of ${RUNS} runs × ${FRAMES} frames)\n`);
console.log(`| prompt | ${STAGES.join(' | ')} |`);
console.log(`|---|${STAGES.map(() => '---').join('|')}|`);
for (const prompt of PROMPTS) {
  const m = await measure(prompt);
  console.log(`| ${prompt} | ${STAGES.map((s) => (s.startsWith('faults') ? String(m[s]) : m[s].toFixed(2))).join(' | ')} |`);
}
const b = freshBufferCost();
console.log(`\nTouching a fresh 3.7 MB buffer: ${b.fresh.toFixed(2)} ms (${b.faults} page faults); the same pages warm: ${b.reused.toFixed(3)} ms.`);
