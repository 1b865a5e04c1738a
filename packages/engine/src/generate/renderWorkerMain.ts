/**
 * Renders frames on a worker thread. The thread starts (and loads the renderer) before the
 * timeline exists, so start-up overlaps the simulation; the first message carries the
 * timeline (and the frame stages to load), every later one a frame index, answered with the
 * frame converted to I420 (and, when asked, the RGBA pixels too), transferred without copying.
 * A request may bring back the memory of an I420 frame the encoder has finished with, so the
 * thread converts into warm memory instead of allocating a fresh frame each time.
 */
import { parentPort } from 'node:worker_threads';
import { rgbaToYuv420, yuv420Size } from '../encode/rgbaToYuv420.ts';
import { createFrameRenderer, type FrameRenderer } from '../render/createFrameRenderer.ts';
import type { Timeline } from '../timeline/Timeline.ts';
import { frameIndex } from '../units/units.ts';
import { applyLuma, loadFrameStages, overlayAll, type FrameStage, type FrameStageSpec } from './FrameStage.ts';

export type RenderRequest = { timeline: Timeline; stages: FrameStageSpec[] } | FrameRequest;

export interface FrameRequest {
  frame: number;
  withRgba: boolean;
  /** An I420 frame's memory to convert into (transferred back after the encoder wrote it). */
  reuse?: ArrayBuffer;
}

export interface RenderReply {
  frame: number;
  yuv?: ArrayBuffer;
  rgba?: ArrayBuffer;
  error?: string;
}

const port = parentPort!;
let renderer: FrameRenderer | undefined;
let stages: FrameStage[] = [];
// Loading the stages is asynchronous: frames wait for it, in order.
let setup: Promise<void> = Promise.resolve();

function renderFrame(req: FrameRequest): void {
  try {
    const r = renderer!;
    const rgba = r.render(frameIndex(req.frame));
    const size = yuv420Size(r.width, r.height);
    const yuv = rgbaToYuv420(rgba, r.width, r.height, req.reuse?.byteLength === size ? new Uint8Array(req.reuse) : new Uint8Array(size));
    applyLuma(stages, yuv, r.width, r.height, req.frame);
    const transfer = [yuv.buffer as ArrayBuffer];
    let rgbaCopy: ArrayBuffer | undefined;
    if (req.withRgba) {
      rgbaCopy = rgba.slice().buffer as ArrayBuffer;
      transfer.push(rgbaCopy);
    }
    port.postMessage({ frame: req.frame, yuv: yuv.buffer as ArrayBuffer, rgba: rgbaCopy } satisfies RenderReply, transfer);
  } catch (err) {
    port.postMessage({ frame: req.frame, error: (err as Error).stack ?? String(err) } satisfies RenderReply);
  }
}

port.on('message', (req: RenderRequest) => {
  if ('timeline' in req) {
    const { timeline } = req;
    setup = loadFrameStages(req.stages, {
      width: timeline.width,
      height: timeline.height,
      fps: timeline.fps,
      frameCount: timeline.frameCount,
    }).then((loaded) => {
      stages = loaded;
      renderer = createFrameRenderer(timeline, { overlay: overlayAll(loaded) });
    });
    setup.catch(() => undefined);
    return;
  }
  setup.then(
    () => renderFrame(req),
    (err: unknown) => port.postMessage({ frame: req.frame, error: `frame stages failed to load: ${(err as Error).message ?? String(err)}` } satisfies RenderReply),
  );
});
port.postMessage({ ready: true });
