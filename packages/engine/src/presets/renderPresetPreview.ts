/**
 * A still of a preset's look for galleries: the same small scene every preset is shown with,
 * rendered in the preset's style, as a JPEG. Deterministic, so it can be cached forever.
 */
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { createFrameRenderer } from '../render/createFrameRenderer.ts';
import { styleScene } from '../render/style/styleScene.ts';
import { frameIndex } from '../units/units.ts';
import { presetOrThrow } from './applyPreset.ts';

export function renderPresetPreview(id: string, width = 270, height = 480): Buffer {
  const preset = presetOrThrow(id);
  const rgba = createFrameRenderer(styleScene({ ...preset.look, preset: preset.id }, width, height)).render(frameIndex(12));
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, width * height * 4), width, height), 0, 0);
  return canvas.encodeSync('jpeg', 82);
}
