/**
 * The whole pipeline for one clip: plan → simulate → audio + frames (in parallel on worker
 * threads, streamed to ffmpeg while rendering) → MP4, thumbnail and spritesheet.
 * Files appear only when complete: everything is written to temporary names and renamed
 * at the end, and removed on failure or cancellation.
 */
import { availableParallelism } from 'node:os';
import { rename, rm, writeFile } from 'node:fs/promises';
import { renderAudio } from '../audio/renderAudio.ts';
import { startEncoder, type Encoder } from '../encode/startEncoder.ts';
import type { EncodeSettings } from '../encode/EncodeSettings.ts';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import type { Timeline } from '../timeline/Timeline.ts';
import { simulate } from '../world/simulate.ts';
import type { StereoAudio } from '../audio/StereoAudio.ts';
import type { FrameStageSpec } from './FrameStage.ts';
import { prepareReferences, type ReferenceAssets } from '../reference/prepareReferences.ts';
import { FrameSampler } from './FrameSampler.ts';
import { sidecarPaths } from './outputPaths.ts';
import { captionsVttOf } from '../captions/captionsVttOf.ts';
import { startFramePool, type FramePool } from './startFramePool.ts';

export interface GenerateProgress {
  framesDone: number;
  frameCount: number;
}

export interface GenerateOptions {
  plan: ScenePlan;
  /** Path of the MP4 to write. */
  output: string;
  /** Render threads; default: one per core (at most 4). 0 renders on the calling thread. */
  workers?: number;
  settings?: EncodeSettings;
  /** Write the thumbnail and spritesheet beside the video (default true). */
  sidecars?: boolean;
  onProgress?: (p: GenerateProgress) => void;
  signal?: AbortSignal;
  /** The clip's reference images by the names the plan uses (file paths or bytes). */
  assets?: ReferenceAssets;
  /** Work on every finished frame, on the render threads (visible and invisible marks). */
  frameStages?: readonly FrameStageSpec[];
  /** Changes the finished audio before it is encoded (an audio mark). */
  audioStage?: (audio: StereoAudio) => StereoAudio;
  /**
   * Turns the encoded MP4 at `input` into the final file at `output` (signing, for example).
   * Both are temporary names; the result is renamed into place only when this succeeds.
   */
  postprocess?: (input: string, output: string) => Promise<void>;
}

export interface GenerateResult {
  output: string;
  thumbnail?: string;
  spritesheet?: string;
  /** The WebVTT captions (clips with speech). */
  captions?: string;
  timeline: Timeline;
  /** Wall-clock seconds per stage (measured, for reports and benchmarks). */
  timings: { simulate: number; audio: number; renderAndEncode: number; total: number };
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export async function generateVideo(opts: GenerateOptions): Promise<GenerateResult> {
  const t0 = performance.now();
  const { plan, output } = opts;
  const tmpSuffix = `.partial-${process.pid}-${Math.round(t0 * 1000)}`;
  const tmpVideo = `${output}${tmpSuffix}`;
  const tmpFinal = `${output}${tmpSuffix}.final`;
  const sidecars = opts.sidecars !== false ? sidecarPaths(output) : undefined;
  let encoder: Encoder | undefined;
  // Render threads start now, so their start-up overlaps the simulation.
  const pool: FramePool = startFramePool(opts.workers ?? defaultWorkerCount());
  try {
    const references = await prepareReferences(plan, opts.assets);
    const timeline = await simulate(plan, { references });
    const t1 = performance.now();
    // The threads render the first frames while this thread synthesises the audio.
    const sampler = sidecars ? new FrameSampler(timeline.width, timeline.height, timeline.frameCount) : undefined;
    const frames = pool.frames(timeline, (f) => sampler?.wants(f) ?? false, opts.signal, opts.frameStages);
    const first = frames.next();
    first.catch(() => undefined); // a failure surfaces where it is awaited below
    const rendered = renderAudio(timeline);
    const audio = opts.audioStage ? opts.audioStage(rendered) : rendered;
    const t2 = performance.now();
    encoder = startEncoder({
      output: tmpVideo,
      width: timeline.width,
      height: timeline.height,
      fps: timeline.fps,
      pixelFormat: 'yuv420p',
      audio,
      settings: opts.settings,
    });
    let index = 0;
    for (let next = await first; !next.done; next = await frames.next()) {
      const { yuv, rgba, release } = next.value;
      if (rgba) sampler?.offer(index, rgba);
      await encoder.writeFrame(yuv);
      release();
      index++;
      opts.onProgress?.({ framesDone: index, frameCount: timeline.frameCount });
    }
    await encoder.finish();
    encoder = undefined;
    const t3 = performance.now();
    if (sidecars && sampler) {
      await writeFile(sidecars.thumbnail + tmpSuffix, await sampler.thumbnailJpeg());
      await writeFile(sidecars.spritesheet + tmpSuffix, await sampler.spritesheetJpeg());
      await rename(sidecars.thumbnail + tmpSuffix, sidecars.thumbnail);
      await rename(sidecars.spritesheet + tmpSuffix, sidecars.spritesheet);
    }
    const captions = sidecars && timeline.speech.length > 0 ? sidecars.captions : undefined;
    if (captions) {
      await writeFile(captions + tmpSuffix, captionsVttOf(timeline));
      await rename(captions + tmpSuffix, captions);
    }
    if (opts.postprocess) {
      await opts.postprocess(tmpVideo, tmpFinal);
      await rename(tmpFinal, output);
      await rm(tmpVideo, { force: true });
    } else {
      await rename(tmpVideo, output);
    }
    const t4 = performance.now();
    return {
      output,
      thumbnail: sidecars?.thumbnail,
      spritesheet: sidecars?.spritesheet,
      ...(captions ? { captions } : {}),
      timeline,
      timings: {
        simulate: (t1 - t0) / 1000,
        audio: (t2 - t1) / 1000,
        renderAndEncode: (t3 - t2) / 1000,
        total: (t4 - t0) / 1000,
      },
    };
  } catch (err) {
    encoder?.abort();
    await pool.close();
    await Promise.all(
      [tmpVideo, tmpFinal, ...(sidecars ? [sidecars.thumbnail + tmpSuffix, sidecars.spritesheet + tmpSuffix, sidecars.captions + tmpSuffix] : [])].map((p) =>
        rm(p, { force: true }),
      ),
    );
    throw err;
  }
}
