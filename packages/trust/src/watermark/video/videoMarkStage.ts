/**
 * The engine's frame stage for the invisible video mark, loaded on its render threads.
 * Options are strings and numbers only (they cross threads by structured clone): the
 * instance's secret key, its 16-bit key id, and the video's 48-bit mark id as a decimal
 * string (videoMarkIdOf(videoId).toString()).
 */
import { createVideoMarker } from './createVideoMarker.ts';
import { PayloadError } from './VideoMarkPayload.ts';

export interface VideoMarkStageOptions {
  key: string;
  instance: number;
  /** 48-bit mark id of the video, as a decimal string. */
  video: string;
}

export interface FrameStageInfo {
  width: number;
  height: number;
  fps: number;
  frameCount: number;
}

export default function videoMarkStage(
  options: VideoMarkStageOptions,
  _info: FrameStageInfo,
): { luma(y: Uint8Array, width: number, height: number, frame: number): void } {
  if (typeof options.key !== 'string' || options.key.length === 0) throw new PayloadError('the video mark needs a non-empty key');
  if (!/^\d+$/.test(options.video)) throw new PayloadError(`video must be a decimal 48-bit id, got "${options.video}"`);
  const marker = createVideoMarker({ key: options.key, payload: { instance: options.instance, video: BigInt(options.video) } });
  return { luma: marker };
}
