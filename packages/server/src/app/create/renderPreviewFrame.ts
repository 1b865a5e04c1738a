/**
 * A still of a plan before its video is rendered: simulate the plan, draw the frame a third
 * of the way in, encode it as a JPEG at half size. The Create page shows it while the render
 * runs.
 */
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { createFrameRenderer, frameIndex, simulate, type ScenePlan } from '@klappe/engine';

export async function renderPreviewFrame(plan: ScenePlan): Promise<Buffer> {
  const timeline = await simulate(plan);
  const renderer = createFrameRenderer(timeline);
  const frame = Math.min(timeline.frameCount - 1, Math.floor(timeline.frameCount / 3));
  const rgba = renderer.render(frameIndex(frame));
  const full = createCanvas(renderer.width, renderer.height);
  full.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), renderer.width, renderer.height), 0, 0);
  const w = Math.round(renderer.width / 2);
  const h = Math.round(renderer.height / 2);
  const small = createCanvas(w, h);
  small.getContext('2d').drawImage(full, 0, 0, w, h);
  return small.encode('jpeg', 82);
}
