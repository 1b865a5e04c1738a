/**
 * Ids that sort by creation time: `video_` + 12 hex digits of milliseconds + a per-process
 * sequence + randomness. Listing pages by id is then listing pages by creation time.
 */
import { randomBytes } from 'node:crypto';

let lastMs = -1;
let sequence = 0;

export function newSortableId(prefix: string, now = Date.now()): string {
  if (now === lastMs) sequence = (sequence + 1) & 0xffff;
  else {
    lastMs = now;
    sequence = 0;
  }
  const time = Math.max(0, Math.floor(now)).toString(16).padStart(12, '0');
  return `${prefix}${time}${sequence.toString(16).padStart(4, '0')}${randomBytes(8).toString('hex')}`;
}

export const newVideoId = (now?: number) => newSortableId('video_', now);

/** The shape of ids we hand out, for validating path parameters and cursors. */
export const VIDEO_ID_PATTERN = /^video_[0-9a-f]{32}$/;

export function newKeyId(): string {
  return `key_${randomBytes(8).toString('hex')}`;
}
