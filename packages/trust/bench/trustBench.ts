/**
 * What the trust layer costs: key creation, C2PA signing and reading, the visible mark per
 * frame, and a whole verify — on test clips of 1 s and 8 s at 720×1280.
 * Run: node --import tsx packages/trust/bench/trustBench.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { readProvenance } from '../src/c2pa/readProvenance.ts';
import { signVideo } from '../src/c2pa/signVideo.ts';
import { ensureTrustKeys } from '../src/keys/ensureTrustKeys.ts';
import { makeTestClip } from '../src/testing/decodeFrame.ts';
import { verifyOptionsFor, verifyVideo } from '../src/verify/verifyVideo.ts';
import visibleMarkStage from '../src/visible/visibleMarkStage.ts';

async function time<T>(fn: () => Promise<T> | T, runs = 1): Promise<{ ms: number; value: T }> {
  let value!: T;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) value = await fn();
  return { ms: (performance.now() - t0) / runs, value };
}

const dir = mkdtempSync(join(tmpdir(), 'klappe-trust-bench-'));
try {
  const keys = await time(() => ensureTrustKeys(join(dir, 'data')));
  console.log(`keys: first start (root CA + signing certificate + instance) ${keys.ms.toFixed(1)} ms`);
  const again = await time(() => ensureTrustKeys(join(dir, 'data')), 20);
  console.log(`keys: later starts (load) ${again.ms.toFixed(2)} ms`);

  for (const seconds of [1, 8]) {
    const plain = join(dir, `plain${seconds}.mp4`);
    await makeTestClip(plain, { seconds, size: '720x1280' });
    const size = readFileSync(plain).length;
    const signed = join(dir, `signed${seconds}.mp4`);
    const sign = await time(() => signVideo(plain, signed, { keys: keys.value, videoId: 'video_bench', model: 'klappe-1', version: '0.1.0', title: 'bench.mp4' }), 5);
    const bytes = readFileSync(signed);
    const read = await time(() => readProvenance(bytes, keys.value.anchorsPem), 5);
    const verify = await time(() => verifyVideo(signed, verifyOptionsFor(keys.value)));
    console.log(
      `${seconds} s clip (${(size / 1e6).toFixed(2)} MB): sign ${sign.ms.toFixed(1)} ms (+${bytes.length - size} bytes manifest), ` +
        `C2PA read+validate ${read.ms.toFixed(1)} ms (${read.value.state}), full verify ${verify.ms.toFixed(0)} ms (${verify.value.outcome})`,
    );
  }

  for (const [w, h] of [[720, 1280], [1920, 1080]] as const) {
    const canvas = createCanvas(w, h);
    const ctx = canvas.getContext('2d');
    const setup = await time(() => visibleMarkStage({ videoId: 'video_bench', handle: 'someone' }, { width: w, height: h, fps: 30, frameCount: 240 }));
    const stage = setup.value;
    // A 1×1 read forces Skia to draw, so the time includes the raster work.
    const base = await time(() => {
      for (let f = 0; f < 240; f++) ctx.getImageData(0, 0, 1, 1);
    });
    const frames = await time(() => {
      for (let f = 0; f < 240; f++) {
        stage.overlay!(ctx, f);
        ctx.getImageData(0, 0, 1, 1);
      }
    });
    console.log(`visible mark ${w}x${h}: set-up ${setup.ms.toFixed(1)} ms, ${((frames.ms - base.ms) / 240).toFixed(3)} ms per frame`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
