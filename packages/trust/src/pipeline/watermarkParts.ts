/**
 * The invisible marks (video and audio), reached through one place: the module paths and
 * functions the pipeline and the verifier use.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The frame stage module that embeds the invisible video mark (options `{ key, instance, video }`). */
export const VIDEO_MARK_STAGE = fileURLToPath(new URL('../watermark/video/videoMarkStage.ts', import.meta.url));
export const VISIBLE_MARK_STAGE = fileURLToPath(new URL('../visible/visibleMarkStage.ts', import.meta.url));

const AUDIO_EMBED = new URL('../watermark/audio/embedAudioMark.ts', import.meta.url);
const AUDIO_DETECT = new URL('../watermark/audio/detectAudioMark.ts', import.meta.url);
const VIDEO_DETECT = new URL('../watermark/video/detectVideoMark.ts', import.meta.url);
const VIDEO_PAYLOAD = new URL('../watermark/video/VideoMarkPayload.ts', import.meta.url);

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
  [more: string]: unknown;
}

export interface WatermarkParts {
  videoMarkStage?: string;
  videoMarkIdOf: (videoId: string) => bigint;
  /** The audio mark's 32-bit payload for a video's 48-bit mark id. */
  audioPayloadOf: (markId: bigint) => number;
  embedAudioMark?: <A>(audio: A, opts: { key: string; payload: number }) => A;
  detectVideoMark?: (path: string, opts: { keys: { instance?: number; key: string }[] }) => Promise<MarkDetection>;
  detectAudioMark?: (path: string, opts: { keys: { instance?: number; key: string }[] }) => Promise<MarkDetection>;
}

async function load<T>(url: URL, name: string): Promise<T | undefined> {
  if (!existsSync(fileURLToPath(url))) return undefined;
  const mod = (await import(url.href)) as Record<string, unknown>;
  return mod[name] as T | undefined;
}

/** The audio mark carries 32 bits: the low 32 bits of the video's 48-bit mark id. */
export function lowBitsOf(markId: bigint): number {
  return Number(markId & 0xffffffffn);
}

let cached: Promise<WatermarkParts> | undefined;

export function watermarkParts(): Promise<WatermarkParts> {
  cached ??= (async () => {
    const videoMarkIdOf = await load<WatermarkParts['videoMarkIdOf']>(VIDEO_PAYLOAD, 'videoMarkIdOf');
    if (!videoMarkIdOf) throw new Error('the invisible video mark is missing (watermark/video/VideoMarkPayload.ts)');
    return {
      videoMarkStage: existsSync(VIDEO_MARK_STAGE) ? VIDEO_MARK_STAGE : undefined,
      videoMarkIdOf,
      audioPayloadOf: (await load<WatermarkParts['audioPayloadOf']>(AUDIO_EMBED, 'audioPayloadOf')) ?? lowBitsOf,
      embedAudioMark: await load(AUDIO_EMBED, 'embedAudioMark'),
      detectVideoMark: await load(VIDEO_DETECT, 'detectVideoMark'),
      detectAudioMark: await load(AUDIO_DETECT, 'detectAudioMark'),
    };
  })();
  return cached;
}
