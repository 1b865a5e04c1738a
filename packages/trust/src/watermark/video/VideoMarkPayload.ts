/**
 * What the invisible video mark carries: 64 bits = the 16-bit id of the issuing instance's
 * key and a 48-bit id derived from the video id.
 */
import { createHash } from 'node:crypto';
import { bitsOf, valueOf } from '../code/crc24.ts';

export interface VideoMarkPayload {
  /** 16-bit id of the issuing instance's key (0..65535). */
  instance: number;
  /** 48-bit id derived from the video id (see videoMarkIdOf). */
  video: bigint;
}

export const VIDEO_PAYLOAD_BITS = 64;
const VIDEO_ID_MASK = (1n << 48n) - 1n;

/**
 * The 48-bit mark id of a video id: the first 6 bytes (big-endian) of SHA-256 of the id's
 * UTF-8 bytes. A server finds the video again by storing this id next to the video id.
 */
export function videoMarkIdOf(videoId: string): bigint {
  const digest = createHash('sha256').update(videoId, 'utf8').digest();
  return BigInt(digest.readUIntBE(0, 6)) & VIDEO_ID_MASK;
}

export class PayloadError extends Error {
  override name = 'PayloadError';
}

export function checkVideoPayload(p: VideoMarkPayload): void {
  if (!Number.isInteger(p.instance) || p.instance < 0 || p.instance > 0xffff) {
    throw new PayloadError(`instance must be an integer 0..65535, got ${p.instance}`);
  }
  if (typeof p.video !== 'bigint' || p.video < 0n || p.video > VIDEO_ID_MASK) {
    throw new PayloadError(`video must be a 48-bit unsigned bigint, got ${String(p.video)}`);
  }
}

/** instance in the high 16 bits, video id in the low 48. */
export function packVideoPayload(p: VideoMarkPayload): bigint {
  checkVideoPayload(p);
  return (BigInt(p.instance) << 48n) | p.video;
}

export function unpackVideoPayload(packed: bigint): VideoMarkPayload {
  return { instance: Number((packed >> 48n) & 0xffffn), video: packed & VIDEO_ID_MASK };
}

export function videoPayloadBits(p: VideoMarkPayload): Uint8Array {
  return bitsOf(packVideoPayload(p), VIDEO_PAYLOAD_BITS);
}

export function videoPayloadFromBits(bits: Uint8Array): VideoMarkPayload {
  return unpackVideoPayload(valueOf(bits, 0, VIDEO_PAYLOAD_BITS));
}
