/**
 * Where media lives: addressed by keys we make (`videos/<id>/video.mp4`), never by paths a
 * user sends. The local folder is the first implementation; an S3-compatible bucket fits the
 * same interface.
 */
import type { Readable } from 'node:stream';

export interface BlobInfo {
  size: number;
  modifiedAt: Date;
}

export interface BlobStore {
  /** Move a finished local file into the store under `key` (the file is consumed). */
  putFile(key: string, file: string): Promise<void>;
  putBuffer(key: string, data: Uint8Array): Promise<void>;
  /** Size and time, or undefined when there is no such blob. */
  stat(key: string): Promise<BlobInfo | undefined>;
  /** Bytes `start`..`end` inclusive (the whole blob without a range). */
  createReadStream(key: string, range?: { start: number; end: number }): Readable;
  /** Remove every blob whose key starts with `prefix` (which must end in "/"). */
  deletePrefix(prefix: string): Promise<void>;
}

const KEY = /^[a-z0-9_-]+(\/[a-zA-Z0-9_.-]+)*$/;

/** Keys are ours: lowercase segments, no "..", no leading slash. Throws on anything else. */
export function assertBlobKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((s) => s === '.' || s === '..' || s === '')) {
    throw new Error(`invalid blob key "${key}"`);
  }
}

/** The files of one video. */
export const videoBlobKeys = (videoId: string) => ({
  prefix: `videos/${videoId}/`,
  video: `videos/${videoId}/video.mp4`,
  thumbnail: `videos/${videoId}/thumbnail.jpg`,
  spritesheet: `videos/${videoId}/spritesheet.jpg`,
  captions: `videos/${videoId}/captions.vtt`,
  inputReference: (ext: string) => `videos/${videoId}/input_reference.${ext}`,
});
