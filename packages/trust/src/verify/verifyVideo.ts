/**
 * The verifier: checks a file's C2PA manifest against the trust anchors, looks for the
 * invisible video and audio marks with the installation's keys, resolves a found mark to the
 * video it belongs to, and sums it up in one line. Bad input is a VerifyInputError.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { ffprobePath } from '@klappe/engine';
import { readProvenance } from '../c2pa/readProvenance.ts';
import { scanBmffFile } from '../c2pa/bmffBoxes.ts';
import type { TrustKeys } from '../keys/TrustKeys.ts';
import { watermarkParts, type MarkDetection } from '../pipeline/watermarkParts.ts';
import { verdictOf } from './verdictOf.ts';
import { VerifyInputError } from './VerifyInputError.ts';
import type { MarkLookup, MarkReport, VerifyReport } from './VerifyReport.ts';

const run = promisify(execFile);

/** Files larger than this are refused (default 512 MiB; the HTTP API has its own, smaller limit). */
export const DEFAULT_MAX_VERIFY_BYTES = 512 * 1024 * 1024;

export interface VerifyOptions {
  /** PEM certificates a signature must chain to for "trusted". */
  anchorsPem?: string;
  /** Keys the invisible marks may have been made with. */
  watermarkKeys: { instance?: number; key: string }[];
  /** Resolves a mark id to the video it belongs to (a server's records). */
  lookup?: MarkLookup;
  maxBytes?: number;
  /** The name to report (default: the file's base name). */
  name?: string;
}

/** The verify options for an installation's own keys. */
export function verifyOptionsFor(keys: TrustKeys, lookup?: MarkLookup): VerifyOptions {
  return { anchorsPem: keys.anchorsPem, watermarkKeys: [{ instance: keys.instance, key: keys.watermarkKey }], lookup };
}

async function streamsOf(path: string): Promise<{ video: boolean; audio: boolean }> {
  try {
    const { stdout } = await run(ffprobePath(), ['-v', 'error', '-print_format', 'json', '-show_streams', path], { maxBuffer: 4 * 1024 * 1024 });
    const streams = (JSON.parse(stdout) as { streams?: { codec_type?: string; width?: number }[] }).streams ?? [];
    return { video: streams.some((s) => s.codec_type === 'video' && (s.width ?? 0) > 0), audio: streams.some((s) => s.codec_type === 'audio') };
  } catch {
    return { video: false, audio: false };
  }
}

async function markReport(detection: MarkDetection | undefined, lookup: MarkLookup | undefined, kind: 'video' | 'audio', note?: string): Promise<MarkReport> {
  if (!detection) return { found: false, ...(note ? { note } : {}) };
  const payload = detection.payload;
  if (!detection.found || payload === undefined) return { found: false };
  const markId = typeof payload === 'object' ? payload.video : BigInt(payload);
  const instance = detection.instance ?? (typeof payload === 'object' ? payload.instance : undefined);
  const record = lookup ? await lookup(markId, instance, kind) : undefined;
  return {
    found: true,
    markId: markId.toString(),
    ...(instance !== undefined ? { instance } : {}),
    ...(detection.bitAccuracy !== undefined ? { bitAccuracy: Number(detection.bitAccuracy.toFixed(3)) } : {}),
    ...(record ? { videoId: record.videoId, ...(record.createdAt ? { createdAt: record.createdAt } : {}), ...(record.creator ? { creator: record.creator } : {}) } : {}),
  };
}

async function detect(
  detector: (path: string, o: { keys: VerifyOptions['watermarkKeys'] }) => Promise<MarkDetection>,
  path: string,
  opts: VerifyOptions,
): Promise<{ detection?: MarkDetection; note?: string }> {
  try {
    return { detection: await detector(path, { keys: opts.watermarkKeys }) };
  } catch (err) {
    return { note: `could not be checked: ${(err as Error).message.slice(0, 200)}` };
  }
}

export async function verifyVideo(path: string, opts: VerifyOptions): Promise<VerifyReport> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new VerifyInputError('unreadable', `${path} is not a file`);
    size = s.size;
  } catch (err) {
    if (err instanceof VerifyInputError) throw err;
    throw new VerifyInputError('unreadable', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_VERIFY_BYTES;
  if (size === 0) throw new VerifyInputError('empty', 'the file is empty');
  if (size > maxBytes) throw new VerifyInputError('too_large', `the file is ${size} bytes; the limit is ${maxBytes} bytes`);
  const scan = await scanBmffFile(path);
  if (!scan.ok && scan.reason === 'truncated') throw new VerifyInputError('truncated', 'the MP4 file is truncated: it ends inside a box (an incomplete download or upload?)');
  const streams = await streamsOf(path);
  if (!streams.video) {
    throw new VerifyInputError(scan.ok ? 'truncated' : 'not_a_video', scan.ok ? 'the MP4 file has no readable video track (damaged or incomplete)' : 'the file is not a video (no video track ffmpeg can read)');
  }
  if (scan.ok && !scan.boxes.some((b) => b.type === 'moov')) throw new VerifyInputError('truncated', 'the MP4 file has no movie header (moov): it is incomplete');
  if (scan.ok && !scan.boxes.some((b) => b.type === 'mdat')) throw new VerifyInputError('truncated', 'the MP4 file has no media data (mdat): it is incomplete');

  const parts = await watermarkParts();
  const [c2pa, video, audio] = await Promise.all([
    scan.ok ? readProvenance(path, opts.anchorsPem) : Promise.resolve({ state: 'absent' as const, failures: [] }),
    detect(parts.detectVideoMark, path, opts),
    streams.audio ? detect(parts.detectAudioMark, path, opts) : Promise.resolve({ detection: undefined, note: 'no audio track' }),
  ]);
  const videoMark = await markReport(video.detection, opts.lookup, 'video', video.note);
  const audioMark = await markReport(audio.detection, opts.lookup, 'audio', audio.note);
  return {
    ...verdictOf(c2pa, videoMark, audioMark),
    file: { name: opts.name ?? basename(path), bytes: size, container: scan.ok ? 'mp4' : 'other' },
    c2pa,
    videoMark,
    audioMark,
  };
}
