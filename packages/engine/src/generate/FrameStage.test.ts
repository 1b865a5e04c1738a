import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ffmpegPath } from '../encode/findFfmpeg.ts';
import { createEmptyPlan } from '../plan/createEmptyPlan.ts';
import { parsePlan } from '../plan/parsePlan.ts';
import { decodeAudio } from '../testing/decodeHashes.ts';
import type { FrameStageSpec } from './FrameStage.ts';
import { generateVideo } from './generateVideo.ts';

const run = promisify(execFile);
const stage: FrameStageSpec = {
  module: fileURLToPath(new URL('./testing/markCornerStage.ts', import.meta.url)),
  options: { size: 64, colour: '#ff0000', luma: 16 },
};

function plan() {
  const p = createEmptyPlan({ width: 720, height: 1280, fps: 24, duration: 1, seed: 3, setting: 'beach' });
  p.cast = [{ id: 'ball-1', kind: 'ball', colour: '#2a9d8f', material: 'rubber', size: 1, placement: { type: 'auto' } }];
  p.actions = [{ entity: 'ball-1', type: 'drop', start: 0, height: 1 }];
  return parsePlan(p);
}

/** The decoded first frame as RGB24. */
async function firstFrame(file: string): Promise<Buffer> {
  const { stdout } = await run(ffmpegPath(), ['-v', 'error', '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

function rgbAt(frame: Buffer, x: number, y: number): [number, number, number] {
  const i = (y * 720 + x) * 3;
  return [frame[i]!, frame[i + 1]!, frame[i + 2]!];
}

describe('frame stages, audio stage and postprocess', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'klappe-stage-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  for (const workers of [0, 2]) {
    it(`apply overlay and luma stages on ${workers === 0 ? 'the calling thread' : 'render threads'}`, async () => {
      const out = join(dir, `staged-${workers}.mp4`);
      let postprocessed = false;
      await generateVideo({
        plan: plan(),
        output: out,
        workers,
        sidecars: false,
        frameStages: [stage],
        audioStage: (a) => ({ ...a, left: new Float32Array(a.left.length), right: new Float32Array(a.right.length) }),
        postprocess: async (input, output) => {
          postprocessed = true;
          await copyFile(input, output);
        },
      });
      assert.ok(postprocessed);
      const frame = await firstFrame(out);
      const [r, g, b] = rgbAt(frame, 20, 20);
      assert.ok(r > 200 && g < 60 && b < 60, `overlay square is red, got ${r},${g},${b}`);
      const [lr, lg, lb] = rgbAt(frame, 720 - 20, 1280 - 20);
      assert.ok(lr < 40 && lg < 40 && lb < 40, `luma block is black, got ${lr},${lg},${lb}`);
      const audio = await decodeAudio(out);
      const peak = audio.left.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      assert.ok(peak < 0.01, `audio stage silenced the track, peak ${peak}`);
      assert.deepEqual((await readdir(dir)).filter((f) => f.includes('.partial')), []);
    });
  }

  it('a stage that fails to load fails the clip and leaves no files', async () => {
    const out = join(dir, 'broken.mp4');
    await assert.rejects(
      generateVideo({ plan: plan(), output: out, workers: 2, frameStages: [{ module: join(dir, 'missing-stage.ts'), options: {} }] }),
      /missing-stage|Cannot find/,
    );
    assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith('broken')), []);
  });
});
