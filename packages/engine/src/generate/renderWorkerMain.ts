/**
 * Renders frames of one timeline on a worker thread. Receives frame indices, answers with
 * a transferred copy of the RGBA pixels.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFrameRenderer } from '../render/createFrameRenderer.ts';
import type { Timeline } from '../timeline/Timeline.ts';
import { frameIndex } from '../units/units.ts';

export interface RenderRequest {
  frame: number;
}
export interface RenderReply {
  frame: number;
  pixels?: ArrayBuffer;
  error?: string;
}

const port = parentPort!;
const renderer = createFrameRenderer(workerData.timeline as Timeline);

port.on('message', (req: RenderRequest) => {
  try {
    const rgba = renderer.render(frameIndex(req.frame));
    const copy = new Uint8Array(rgba.byteLength);
    copy.set(rgba);
    port.postMessage({ frame: req.frame, pixels: copy.buffer } satisfies RenderReply, [copy.buffer]);
  } catch (err) {
    port.postMessage({ frame: req.frame, error: (err as Error).stack ?? String(err) } satisfies RenderReply);
  }
});
