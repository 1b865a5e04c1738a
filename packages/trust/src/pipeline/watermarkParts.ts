/**
 * The invisible marks (video and audio), reached through one place: the frame stage module
 * and the functions the pipeline and the verifier use.
 */
import { fileURLToPath } from 'node:url';
import type { StereoAudio } from '@klappe/engine';
import { detectAudioMark } from '../watermark/audio/detectAudioMark.ts';
import { embedAudioMark } from '../watermark/audio/embedAudioMark.ts';
import { detectVideoMark } from '../watermark/video/detectVideoMark.ts';
import { videoMarkIdOf } from '../watermark/video/VideoMarkPayload.ts';

/** The frame stage module that embeds the invisible video mark (options `{ key, instance, video }`). */
export const VIDEO_MARK_STAGE = fileURLToPath(new URL('../watermark/video/videoMarkStage.ts', import.meta.url));
export const VISIBLE_MARK_STAGE = fileURLToPath(new URL('../visible/visibleMarkStage.ts', import.meta.url));

export interface MarkPayload {
  instance: number;
  video: bigint;
}

export interface MarkDetection {
  found: boolean;
  /** The video mark's payload, or the audio mark's 32-bit number. */
  payload?: MarkPayload | number | bigint;
  instance?: number;
  bitAccuracy?: number;
  confidence?: number;
}

type Keys = { keys: { instance?: number; key: string }[] };

export interface WatermarkParts {
  videoMarkStage: string;
  videoMarkIdOf: (videoId: string) => bigint;
  /** The audio mark's 32-bit payload for a video's 48-bit mark id. */
  audioPayloadOf: (markId: bigint) => number;
  embedAudioMark: (audio: StereoAudio, opts: { key: string; payload: number }) => StereoAudio;
  detectVideoMark: (path: string, opts: Keys) => Promise<MarkDetection>;
  detectAudioMark: (path: string, opts: Keys) => Promise<MarkDetection>;
}

/** The audio mark carries 32 bits: the low 32 bits of the video's 48-bit mark id. */
export function lowBitsOf(markId: bigint): number {
  return Number(markId & 0xffffffffn);
}

const PARTS: WatermarkParts = {
  videoMarkStage: VIDEO_MARK_STAGE,
  videoMarkIdOf,
  audioPayloadOf: lowBitsOf,
  embedAudioMark,
  detectVideoMark,
  detectAudioMark,
};

export async function watermarkParts(): Promise<WatermarkParts> {
  return PARTS;
}
