/**
 * Renders every frame of a timeline, in order, as an async sequence of I420 frames (with the
 * RGBA pixels of the frames the caller asks for: thumbnails, spritesheet tiles).
 * With threads, a FramePool starts its worker threads first (so their start-up overlaps the
 * simulation), then renders a bounded window of frames ahead of the consumer so memory stays
 * flat. Without threads, frames render on the calling thread.
 * Frames the consumer has finished with (`release`) are recycled: their memory goes back to
 * the render threads, so each frame is converted into warm memory rather than a fresh
 * allocation (fewer page faults and less garbage for the collector).
 */
import { Worker } from 'node:worker_threads';
import { rgbaToYuv420, yuv420Size } from '../encode/rgbaToYuv420.ts';
import { createFrameRenderer } from '../render/createFrameRenderer.ts';
import type { Timeline } from '../timeline/Timeline.ts';
import { frameIndex } from '../units/units.ts';
import { applyLuma, loadFrameStages, overlayAll, type FrameStageSpec } from './FrameStage.ts';
import type { RenderReply, RenderRequest } from './renderWorkerMain.ts';

export interface RenderedFrame {
  /** I420, BT.709 limited range: what the encoder takes. */
  yuv: Uint8Array;
  /** RGBA pixels, only for the frames `withRgba` selected. */
  rgba?: Uint8Array;
  /**
   * Hands `yuv`'s memory back for a later frame. Call it once the bytes are no longer needed
   * (the encoder has taken them); do not touch `yuv` afterwards. Optional: frames never
   * released are simply garbage-collected.
   */
  release(): void;
}

export interface FramePool {
  /** Render all frames of `timeline` in order, through the frame stages. Call once. */
  frames(
    timeline: Timeline,
    withRgba: (frame: number) => boolean,
    signal?: AbortSignal,
    stages?: readonly FrameStageSpec[],
  ): AsyncGenerator<RenderedFrame>;
  /** Stop the threads (also done when `frames` finishes or fails). */
  close(): Promise<void>;
}

/** A pool of `threads` render threads; 0 renders on the calling thread. */
export function startFramePool(threads: number): FramePool {
  if (threads <= 0) {
    return {
      async *frames(timeline, withRgba, signal, stageSpecs = []) {
        const { width, height, fps, frameCount } = timeline;
        const stages = await loadFrameStages(stageSpecs, { width, height, fps, frameCount });
        const renderer = createFrameRenderer(timeline, { overlay: overlayAll(stages) });
        const spare: Uint8Array[] = [];
        for (let f = 0; f < timeline.frameCount; f++) {
          signal?.throwIfAborted();
          const rgba = renderer.render(frameIndex(f));
          const yuv = rgbaToYuv420(rgba, width, height, spare.pop() ?? new Uint8Array(yuv420Size(width, height)));
          applyLuma(stages, yuv, width, height, f);
          yield { yuv, rgba: withRgba(f) ? rgba : undefined, release: releaseOnce(() => spare.push(yuv)) };
        }
      },
      async close() {},
    };
  }
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./renderWorker.js', import.meta.url)));
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= Promise.all(workers.map((w) => w.terminate())).then(() => undefined));
  return {
    frames: (timeline, withRgba, signal, stages = []) => framesOnWorkers(workers, timeline, withRgba, close, signal, [...stages]),
    close,
  };
}

async function* framesOnWorkers(
  workers: Worker[],
  timeline: Timeline,
  withRgba: (frame: number) => boolean,
  close: () => Promise<void>,
  signal: AbortSignal | undefined,
  stages: FrameStageSpec[],
): AsyncGenerator<RenderedFrame> {
  const window = workers.length * 3;
  const done = new Map<number, RenderedFrame>();
  // Memory of frames the consumer released, sent back with the next requests.
  const spare: ArrayBuffer[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  let nextToSend = 0;
  const idle: Worker[] = [];
  for (const w of workers) {
    w.postMessage({ timeline, stages } satisfies RenderRequest);
    w.on('message', (reply: RenderReply | { ready: true }) => {
      if ('ready' in reply) return;
      if (reply.error) failure ??= new Error(`frame ${reply.frame} failed to render: ${reply.error}`);
      else {
        const yuv = new Uint8Array(reply.yuv!);
        done.set(reply.frame, { yuv, rgba: reply.rgba ? new Uint8Array(reply.rgba) : undefined, release: releaseOnce(() => spare.push(yuv.buffer as ArrayBuffer)) });
      }
      idle.push(w);
      notify();
    });
    w.on('error', (err) => {
      failure ??= err;
      notify();
    });
    w.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`render thread exited with code ${code}`);
      notify();
    });
    idle.push(w);
  }
  const onAbort = () => notify();
  signal?.addEventListener('abort', onAbort);
  try {
    for (let f = 0; f < timeline.frameCount; f++) {
      for (;;) {
        signal?.throwIfAborted();
        if (failure) throw failure;
        while (idle.length > 0 && nextToSend < timeline.frameCount && nextToSend < f + window) {
          const frame = nextToSend++;
          const reuse = spare.pop();
          idle.pop()!.postMessage({ frame, withRgba: withRgba(frame), reuse } satisfies RenderRequest, reuse ? [reuse] : []);
        }
        const ready = done.get(f);
        if (ready) {
          done.delete(f);
          yield ready;
          break;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await close();
  }
}

/** A release that only counts once, so a frame's memory is never handed out twice. */
function releaseOnce(give: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    give();
  };
}
