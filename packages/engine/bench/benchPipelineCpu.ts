/**
 * CPU seconds one clip costs, whole pipeline (`generateVideo` with its default render threads):
 * this process (simulation, audio, the render threads, piping) and ffmpeg (the encoder), for
 * the five standard prompts at 720x1280, 8 s, 30 fps. CPU time, unlike wall time, hardly moves
 * when other work shares the machine, so it compares versions fairly on a busy box; on an idle
 * 2-core machine wall time ≈ the total ÷ 2. Not a test: run it and read it.
 *
 *   node --import tsx packages/engine/bench/benchPipelineCpu.ts [runs]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { directPlan } from '../src/director/directPlan.ts';
import { generateVideo } from '../src/generate/generateVideo.ts';
import { STANDARD_PROMPTS as PROMPTS } from '../src/testing/standardPrompts.ts';

const RUNS = Number(process.argv[2] ?? 1);

/** CPU seconds of the children this process has waited for (ffmpeg), from /proc. */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After the command name: field 16 (cutime) and 17 (cstime) are at 13 and 14, in clock ticks (100/s).
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const dir = mkdtempSync(join(tmpdir(), 'klappe-cpu-'));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`| prompt | this process CPU s | ffmpeg CPU s | total CPU s | wall s |`);
console.log(`|---|---|---|---|---|`);
const sums = [0, 0, 0];
for (const prompt of PROMPTS) {
  const own: number[] = [], enc: number[] = [], wall: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const plan = directPlan(prompt, { width: 720, height: 1280, fps: 30, duration: 8 });
    const c0 = process.cpuUsage();
    const k0 = childrenCpu();
    const t0 = performance.now();
    await generateVideo({ plan, output: join(dir, 'clip.mp4'), sidecars: true });
    wall.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    own.push((c.user + c.system) / 1e6);
    enc.push(childrenCpu() - k0);
  }
  const [o, e, w] = [median(own), median(enc), median(wall)];
  sums[0]! += o;
  sums[1]! += e;
  sums[2]! += o + e;
  console.log(`| ${prompt} | ${o.toFixed(2)} | ${e.toFixed(2)} | ${(o + e).toFixed(2)} | ${w.toFixed(2)} |`);
}
console.log(`| mean | ${(sums[0]! / 5).toFixed(2)} | ${(sums[1]! / 5).toFixed(2)} | ${(sums[2]! / 5).toFixed(2)} | |`);
rmSync(dir, { recursive: true, force: true });
