/** Reference images as Skia canvases (drawable sources), made once per renderer. */
import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas';
import type { PreparedReference } from '../../reference/PreparedReference.ts';

export function referenceCanvasOf(ref: PreparedReference): Canvas {
  const canvas = createCanvas(ref.width, ref.height);
  const ctx = canvas.getContext('2d');
  const pixels = new Uint8ClampedArray(ref.rgba.buffer, ref.rgba.byteOffset, ref.rgba.byteLength);
  ctx.putImageData(new ImageData(pixels, ref.width, ref.height), 0, 0);
  return canvas;
}

/** The product textures of a timeline, by image name. */
export function productTexturesOf(references: readonly PreparedReference[] | undefined): Map<string, Canvas> {
  const out = new Map<string, Canvas>();
  for (const ref of references ?? []) if (ref.mode === 'product') out.set(ref.image, referenceCanvasOf(ref));
  return out;
}
