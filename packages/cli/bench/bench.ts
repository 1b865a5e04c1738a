/**
 * `npm run bench`: speed of the engine on five standard prompts at 720x1280, 8 s, 30 fps.
 * For each: wall time of the whole pipeline, real-time factor (video seconds ÷ wall seconds),
 * and the encode floor — ffmpeg encoding the same pre-rendered raw frames (I420, as the
 * pipeline pipes them) and audio with the same settings — with the ratio total ÷ floor.
 * Prints a Markdown table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createFrameRenderer,
  DEFAULT_ENCODE_SETTINGS,
  defaultWorkerCount,
  directPlan,
  frameIndex,
  generateVideo,
  renderAudio,
  rgbaToYuv420,
  simulate,
  startEncoder,
} from '@klappe/engine';
import { STANDARD_PROMPTS } from '@klappe/engine/testing';


const SIZE = { width: 720, height: 1280 };
const SECONDS = 8;
const FPS = 30;

async function encodeFloor(prompt: string, dir: string): Promise<number> {
  const plan = directPlan(prompt, { ...SIZE, fps: FPS, duration: SECONDS });
  const timeline = await simulate(plan);
  const audio = renderAudio(timeline);
  const renderer = createFrameRenderer(timeline);
  const frames: Uint8Array[] = [];
  for (let f = 0; f < timeline.frameCount; f++) frames.push(rgbaToYuv420(renderer.render(frameIndex(f)), timeline.width, timeline.height));
  const t0 = performance.now();
  const encoder = startEncoder({
    output: join(dir, 'floor.mp4'),
    width: timeline.width,
    height: timeline.height,
    fps: timeline.fps,
    pixelFormat: 'yuv420p',
    audio,
  });
  for (const f of frames) await encoder.writeFrame(f);
  await encoder.finish();
  return (performance.now() - t0) / 1000;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'klappe-bench-'));
  const rows: string[] = [];
  console.log(`# Klappe engine benchmark`);
  console.log(`${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), Node ${process.version}, ${defaultWorkerCount()} render threads, x264 preset ${DEFAULT_ENCODE_SETTINGS.preset} crf ${DEFAULT_ENCODE_SETTINGS.crf}`);
  console.log(`${SIZE.width}x${SIZE.height}, ${SECONDS} s, ${FPS} fps\n`);
  console.log('| prompt | simulate s | audio s | render+encode s | total s | real-time factor | encode floor s | total ÷ floor |');
  console.log('|---|---|---|---|---|---|---|---|');
  let rtfSum = 0;
  let ratioSum = 0;
  for (const prompt of STANDARD_PROMPTS) {
    const plan = directPlan(prompt, { ...SIZE, fps: FPS, duration: SECONDS });
    const result = await generateVideo({ plan, output: join(dir, 'clip.mp4'), sidecars: true });
    const floor = await encodeFloor(prompt, dir);
    const t = result.timings;
    const rtf = SECONDS / t.total;
    const ratio = t.total / floor;
    rtfSum += rtf;
    ratioSum += ratio;
    const row = `| ${prompt} | ${t.simulate.toFixed(2)} | ${t.audio.toFixed(2)} | ${t.renderAndEncode.toFixed(2)} | ${t.total.toFixed(2)} | ${rtf.toFixed(2)} | ${floor.toFixed(2)} | ${ratio.toFixed(2)} |`;
    rows.push(row);
    console.log(row);
  }
  const n = STANDARD_PROMPTS.length;
  console.log(`\nmean real-time factor ${(rtfSum / n).toFixed(2)} (target ≥ 3), mean total ÷ encode floor ${(ratioSum / n).toFixed(2)} (target ≤ 1.3)`);
  rmSync(dir, { recursive: true, force: true });
}

await main();
