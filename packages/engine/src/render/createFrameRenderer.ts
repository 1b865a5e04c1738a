/**
 * The frame renderer: turns a Timeline into RGBA frames. Each frame is a pure function of the
 * timeline and the frame index (caches only save work), so frames can be rendered in any
 * order, on any worker thread, and come out byte-identical.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Timeline } from '../timeline/Timeline.ts';
import type { FrameIndex } from '../units/units.ts';
import { composeFrame } from './frame/composeFrame.ts';
import { frameSceneOf, type FrameSceneOptions } from './frame/frameSceneOf.ts';
import { referenceSceneOf } from './reference/referenceSceneOf.ts';
import { captionPainterOf } from '../captions/captionPainterOf.ts';

export interface FrameRenderer {
  readonly width: number;
  readonly height: number;
  /** RGBA, width × height × 4 bytes; the view may be reused by the next call. */
  render(frame: FrameIndex): Uint8Array;
}

/** grain: film grain opacity (default 0, off); model/backdrop: test overrides. */
export type FrameRendererOptions = FrameSceneOptions & {
  /** Drawn over each finished frame before its pixels are read (frame stages: visible marks). */
  overlay?: (ctx: SKRSContext2D, frame: number) => void;
};

export function createFrameRenderer(timeline: Timeline, options: FrameRendererOptions = {}): FrameRenderer {
  const { width, height } = timeline;
  const canvas = createCanvas(width, height);
  // Frames are opaque: an opaque surface reads back without converting alpha.
  const ctx = canvas.getContext('2d', { alpha: false });
  const fs = frameSceneOf(timeline, options);
  const plateIntro = referenceSceneOf(timeline).intro;
  // Burned-in captions go over the finished picture (after post-processing and styles).
  const captions = captionPainterOf(timeline);
  return {
    width,
    height,
    render(frame: FrameIndex): Uint8Array {
      composeFrame(ctx, fs, frame);
      plateIntro?.(ctx, frame);
      captions?.(ctx, frame);
      options.overlay?.(ctx, frame);
      // The frame is opaque, so Skia's premultiplied pixels are plain RGBA.
      const data = canvas.data();
      return new Uint8Array(data.buffer, data.byteOffset, width * height * 4);
    },
  };
}
