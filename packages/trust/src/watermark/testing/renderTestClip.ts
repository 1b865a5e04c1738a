/**
 * Renders a real Klappe clip for the watermark tests and benchmark: prompt → plan →
 * simulation → Skia frames → I420 (→ optional luma stage) → H.264 MP4 (+ AAC), the same
 * steps as the engine's generateVideo, on the calling thread.
 */
import { createFrameRenderer, directPlan, frameIndex, renderAudio, rgbaToYuv420, simulate, startEncoder, type StereoAudio } from '@klappe/engine';

export interface TestClipOptions {
  prompt: string;
  output: string;
  seconds: number;
  width?: number;
  height?: number;
  fps?: 24 | 30;
  seed?: number;
  /** Applied to each frame's luma plane (I420 Y) before encoding. */
  luma?: (y: Uint8Array, width: number, height: number, frame: number) => void;
  /** Replaces or transforms the sound track before encoding. */
  audio?: (audio: StereoAudio) => StereoAudio;
  /** Called with each frame's luma before and after the stage (for PSNR). */
  onLuma?: (before: Uint8Array, after: Uint8Array, frame: number) => void;
}

export async function renderTestClip(o: TestClipOptions): Promise<{ frames: number; audio: StereoAudio }> {
  const plan = directPlan(o.prompt, {
    width: o.width ?? 720, height: o.height ?? 1280, fps: o.fps ?? 30, duration: o.seconds, seed: o.seed ?? 1,
  });
  const timeline = await simulate(plan);
  let audio = renderAudio(timeline);
  if (o.audio) audio = o.audio(audio);
  const renderer = createFrameRenderer(timeline);
  const { width, height } = renderer;
  const encoder = startEncoder({ output: o.output, width, height, fps: timeline.fps, pixelFormat: 'yuv420p', audio });
  for (let f = 0; f < timeline.frameCount; f++) {
    const yuv = rgbaToYuv420(renderer.render(frameIndex(f)), width, height);
    const y = yuv.subarray(0, width * height);
    const before = o.onLuma ? y.slice() : undefined;
    o.luma?.(y, width, height, f);
    if (before) o.onLuma!(before, y, f);
    await encoder.writeFrame(yuv);
  }
  await encoder.finish();
  return { frames: timeline.frameCount, audio };
}
