/**
 * Render cost per style: the same 8 s 720x1280 30 fps clip (a person and a dog in a meadow, a
 * ball thrown, a crate) made through generateVideo once per style, with two render threads.
 * Prints, per style, the wall time, ms per frame, the real-time factor (clip seconds ÷ wall
 * seconds) and the ratio to cinematic, and says whether every style stays at or above a
 * real-time factor of 2.
 *
 * Then the style stage alone: the CPU time one 720x1280 frame of the same moving scene takes to
 * draw and read back in each style, minus the same frame drawn plainly (no style stage), the
 * minimum over interleaved rounds (a shared machine only ever adds time).
 *
 *   node --import tsx packages/engine/bench/benchStyles.ts [--seconds 8] [--workers 2] [--styles a,b] [--frames-only] [--rounds 12]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { directPlan } from '../src/director/directPlan.ts';
import { generateVideo } from '../src/generate/generateVideo.ts';
import { STYLE_IDS, type StyleId } from '../src/plan/lookSchema.ts';
import { parsePlan } from '../src/plan/parsePlan.ts';
import { createCanvas } from '@napi-rs/canvas';
import { composeFrame } from '../src/render/frame/composeFrame.ts';
import { frameSceneOf } from '../src/render/frame/frameSceneOf.ts';
import { styleScene } from '../src/render/style/styleScene.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string' }, workers: { type: 'string' }, styles: { type: 'string' }, 'frames-only': { type: 'boolean' }, rounds: { type: 'string' } } });
const seconds = Number(values.seconds ?? 8);
const workers = Number(values.workers ?? 2);
const styles = (values.styles ? values.styles.split(',') : [...STYLE_IDS]) as StyleId[];
const PROMPT = 'a person walks a dog through a meadow while a red ball bounces past a wooden crate';

function styleStageCost(): void {
  const W = 720, H = 1280;
  const rounds = Number(values.rounds ?? 12);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d', { alpha: false });
  const scenes = styles.map((style) => ({ style, fs: frameSceneOf(styleScene({ style }, W, H)) }));
  const plainFs = frameSceneOf(styleScene(undefined, W, H));
  delete plainFs.style;
  const variants = [{ name: 'plain', fs: plainFs }, ...scenes.map((s) => ({ name: s.style as string, fs: s.fs }))];
  const best = new Map<string, number>();
  let frame = 0;
  for (let r = 0; r < rounds; r++) {
    for (const v of variants) {
      // A few frames in a row per variant: the first warms the per-scene backdrop cache.
      composeFrame(ctx, v.fs, frame);
      canvas.data();
      for (let k = 0; k < 3; k++) {
        frame = (frame + 7) % 30;
        const t0 = process.cpuUsage();
        composeFrame(ctx, v.fs, frame);
        canvas.data();
        const t = process.cpuUsage(t0);
        best.set(v.name, Math.min(best.get(v.name) ?? Infinity, (t.user + t.system) / 1000));
      }
    }
  }
  const plain = best.get('plain')!;
  console.log(`\nOne 720x1280 frame, one thread, CPU ms (minimum of ${rounds} interleaved rounds); plain = no style stage: ${plain.toFixed(1)} ms\n`);
  console.log('| style | ms per frame | style stage ms | ÷ cinematic |');
  console.log('|---|---|---|---|');
  const cin = best.get('cinematic') ?? plain;
  for (const s of styles) {
    const ms = best.get(s)!;
    console.log(`| ${s} | ${ms.toFixed(1)} | ${(ms - plain).toFixed(1)} | ${(ms / cin).toFixed(2)} |`);
  }
}

if (values['frames-only']) {
  styleStageCost();
  process.exit(0);
}

const base = directPlan(PROMPT, { width: 720, height: 1280, fps: 30, duration: seconds, seed: 11 });
const dir = mkdtempSync(join(tmpdir(), 'klappe-bench-styles-'));
const rows: { style: StyleId; total: number; render: number; msPerFrame: number; rtf: number }[] = [];
try {
  // Warm-up (physics engine and worker start-up) so the first style is not charged for it.
  await generateVideo({ plan: parsePlan({ ...base, canvas: { ...base.canvas, duration: 1 } }), output: join(dir, 'warm.mp4'), workers, sidecars: false });
  for (const style of styles) {
    const plan = parsePlan({ ...base, look: { style } });
    const r = await generateVideo({ plan, output: join(dir, `${style}.mp4`), workers, sidecars: false });
    const frames = r.timeline.frameCount;
    rows.push({ style, total: r.timings.total, render: r.timings.renderAndEncode, msPerFrame: (r.timings.renderAndEncode * 1000) / frames, rtf: seconds / r.timings.total });
    process.stderr.write(`${style}: ${r.timings.total.toFixed(2)} s\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const cinematic = rows.find((r) => r.style === 'cinematic') ?? rows[0]!;
console.log(`\nStyles: "${PROMPT}", ${seconds} s, 720x1280, 30 fps, ${workers} render threads\n`);
console.log('| style | total s | render+encode s | ms per frame (wall) | real-time factor | ÷ cinematic |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.style} | ${r.total.toFixed(2)} | ${r.render.toFixed(2)} | ${r.msPerFrame.toFixed(1)} | ${r.rtf.toFixed(2)} | ${(r.total / cinematic.total).toFixed(2)} |`);
}
const slow = rows.filter((r) => r.rtf < 2);
console.log(slow.length === 0 ? '\nEvery style renders at a real-time factor of 2 or more.' : `\nBelow a real-time factor of 2: ${slow.map((r) => `${r.style} (${r.rtf.toFixed(2)})`).join(', ')}.`);
styleStageCost();
