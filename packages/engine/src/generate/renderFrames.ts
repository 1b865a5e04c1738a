/**
 * Renders every frame of a timeline, in order, as an async sequence of RGBA buffers.
 * With workers > 0 frames render in parallel on worker threads (a bounded window ahead of
 * the consumer, so memory stays flat); with 0 they render on the calling thread.
 */
import { Worker } from 'node:worker_threads';
import { createFrameRenderer } from '../render/createFrameRenderer.ts';
import type { Timeline } from '../timeline/Timeline.ts';
import { frameIndex } from '../units/units.ts';
import type { RenderReply } from './renderWorkerMain.ts';

export interface RenderFramesOptions {
  workers: number;
  signal?: AbortSignal;
}

export async function* renderFrames(timeline: Timeline, opts: RenderFramesOptions): AsyncGenerator<Uint8Array> {
  if (opts.workers <= 0) {
    const renderer = createFrameRenderer(timeline);
    for (let f = 0; f < timeline.frameCount; f++) {
      opts.signal?.throwIfAborted();
      yield renderer.render(frameIndex(f));
    }
    return;
  }
  yield* renderOnWorkers(timeline, Math.min(opts.workers, timeline.frameCount), opts.signal);
}

async function* renderOnWorkers(timeline: Timeline, count: number, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./renderWorker.js', import.meta.url), { workerData: { timeline } }),
  );
  const window = count * 3;
  const done = new Map<number, Uint8Array>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  let nextToSend = 0;
  const idle: Worker[] = [];
  const send = (w: Worker) => {
    w.postMessage({ frame: nextToSend++ });
  };
  for (const w of workers) {
    w.on('message', (reply: RenderReply) => {
      if (reply.error) failure ??= new Error(`frame ${reply.frame} failed to render: ${reply.error}`);
      else done.set(reply.frame, new Uint8Array(reply.pixels!));
      idle.push(w);
      notify();
    });
    w.on('error', (err) => {
      failure ??= err;
      notify();
    });
    w.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`render worker exited with code ${code}`);
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
        while (idle.length > 0 && nextToSend < timeline.frameCount && nextToSend < f + window) send(idle.pop()!);
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
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
