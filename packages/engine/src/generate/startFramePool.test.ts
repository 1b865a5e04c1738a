import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { createEmptyPlan } from '../plan/createEmptyPlan.ts';
import { parsePlan } from '../plan/parsePlan.ts';
import { simulate } from '../world/simulate.ts';
import type { FrameStageSpec } from './FrameStage.ts';
import { startFramePool } from './startFramePool.ts';

/** A one-second clip at the smallest supported size and frame rate. */
async function timeline() {
  const p = createEmptyPlan({ width: 720, height: 1280, fps: 24, duration: 1, seed: 5, setting: 'meadow' });
  p.cast = [{ id: 'ball-1', kind: 'ball', colour: '#e76f51', material: 'rubber', size: 1, placement: { type: 'auto' } }];
  p.actions = [{ entity: 'ball-1', type: 'drop', start: 0, height: 1 }];
  return simulate(parsePlan(p));
}

const stage: FrameStageSpec = {
  module: fileURLToPath(new URL('./testing/markCornerStage.ts', import.meta.url)),
  options: { size: 64, colour: '#ff0000', luma: 16 },
};

const FRAMES = 8;

/** Hashes of the first I420 frames, optionally releasing each frame (recycling its memory). */
async function frameHashes(tl: Awaited<ReturnType<typeof timeline>>, threads: number, release: boolean): Promise<{ hashes: string[]; buffers: Set<ArrayBufferLike> }> {
  const pool = startFramePool(threads);
  const hashes: string[] = [];
  const buffers = new Set<ArrayBufferLike>();
  for await (const frame of pool.frames(tl, () => false, undefined, [stage])) {
    hashes.push(createHash('sha256').update(frame.yuv).digest('hex'));
    buffers.add(frame.yuv.buffer);
    if (release) {
      frame.release();
      frame.release(); // a second release must not hand the memory out twice
    }
    if (hashes.length === FRAMES) break;
  }
  await pool.close();
  return { hashes, buffers };
}

describe('startFramePool', () => {
  it('gives the same frames whether or not their memory is recycled, with threads or without', async () => {
    const tl = await timeline();
    const plain = await frameHashes(tl, 0, false);
    const recycledHere = await frameHashes(tl, 0, true);
    const recycledThreads = await frameHashes(tl, 2, true);
    assert.equal(plain.hashes.length, FRAMES);
    assert.ok(new Set(plain.hashes).size > 1, 'the frames differ from each other');
    assert.deepEqual(recycledHere.hashes, plain.hashes);
    assert.deepEqual(recycledThreads.hashes, plain.hashes);
    // Without threads, released memory is reused at once: one frame buffer for the whole clip.
    assert.equal(recycledHere.buffers.size, 1);
    assert.equal(plain.buffers.size, FRAMES);
  });
});
