/**
 * Frame stages: work done on every finished frame on the render threads, by modules the
 * engine knows nothing about (the trust layer's visible and invisible marks, for example).
 * A stage is named by its module and plain options, so each render thread can load its own
 * copy; the module's default export makes the stage for one clip.
 */
import { pathToFileURL } from 'node:url';
import type { SKRSContext2D } from '@napi-rs/canvas';

/** Plain values only: the options travel to the render threads. */
export type FrameStageOptions = Record<string, string | number | boolean>;

export interface FrameStageSpec {
  /** Absolute path or file URL of a module whose default export is a FrameStageFactory. */
  module: string;
  options: FrameStageOptions;
}

export interface FrameStageInfo {
  width: number;
  height: number;
  fps: number;
  frameCount: number;
}

export interface FrameStage {
  /** Draw over the finished frame, before its pixels are read (visible marks). */
  overlay?(ctx: SKRSContext2D, frame: number): void;
  /** Change the I420 luma plane of the frame in place (invisible marks). */
  luma?(y: Uint8Array, width: number, height: number, frame: number): void;
}

export type FrameStageFactory = (options: FrameStageOptions, info: FrameStageInfo) => FrameStage | Promise<FrameStage>;

export async function loadFrameStages(specs: readonly FrameStageSpec[], info: FrameStageInfo): Promise<FrameStage[]> {
  return Promise.all(
    specs.map(async (spec) => {
      const url = spec.module.startsWith('file:') ? spec.module : pathToFileURL(spec.module).href;
      const mod = (await import(url)) as { default?: unknown };
      if (typeof mod.default !== 'function') throw new Error(`frame stage ${spec.module} has no default export function`);
      return (mod.default as FrameStageFactory)(spec.options, info);
    }),
  );
}

/** Runs the stages' overlays, then (after the I420 conversion) their luma changes. */
export function overlayAll(stages: readonly FrameStage[]): ((ctx: SKRSContext2D, frame: number) => void) | undefined {
  const overlays = stages.filter((s) => s.overlay);
  if (overlays.length === 0) return undefined;
  return (ctx, frame) => {
    for (const s of overlays) s.overlay!(ctx, frame);
  };
}

export function applyLuma(stages: readonly FrameStage[], yuv: Uint8Array, width: number, height: number, frame: number): void {
  for (const s of stages) s.luma?.(yuv.subarray(0, width * height), width, height, frame);
}
