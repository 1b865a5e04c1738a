/**
 * Renders frames on a worker thread. The thread starts (and loads the renderer) before the
 * timeline exists, so start-up overlaps the simulation; the first message carries the
 * timeline, every later one a frame index, answered with a transferred copy of the RGBA pixels.
 */
import { parentPort } from 'node:worker_threads';
import { createFrameRenderer, type FrameRenderer } from '../render/createFrameRenderer.ts';
import type { Timeline } from '../timeline/Timeline.ts';
import { frameIndex } from '../units/units.ts';

export type RenderRequest = { timeline: Timeline } | { frame: number };

export interface RenderReply {
  frame: number;
  pixels?: ArrayBuffer;
  error?: string;
}

const port = parentPort!;
let renderer: FrameRenderer | undefined;

port.on('message', (req: RenderRequest) => {
  if ('timeline' in req) {
    renderer = createFrameRenderer(req.timeline);
    return;
  }
  try {
    const rgba = renderer!.render(frameIndex(req.frame));
    const copy = new Uint8Array(rgba.byteLength);
    copy.set(rgba);
    port.postMessage({ frame: req.frame, pixels: copy.buffer } satisfies RenderReply, [copy.buffer]);
  } catch (err) {
    port.postMessage({ frame: req.frame, error: (err as Error).stack ?? String(err) } satisfies RenderReply);
  }
});
port.postMessage({ ready: true });
