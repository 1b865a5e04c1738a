/**
 * Detects the invisible mark in a video file of any size, frame rate and length: decodes
 * luma with ffmpeg, rescaled so the short side is 720 px (the canonical analysis size),
 * about 90 frames spread over the clip (at most 30 a second), averages them (the mark is the
 * same in every frame; coding noise and motion average away) and hands the mean to
 * locateVideoMark.
 */
import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ffmpegPath, ffprobePath } from '@klappe/engine';
import type { MarkKey } from '../keyedRandom.ts';
import type { VideoMarkPayload } from './VideoMarkPayload.ts';
import { CANONICAL_SHORT_SIDE } from './videoMarkLayout.ts';
import { locateVideoMark, type LumaImage } from './locateVideoMark.ts';

const run = promisify(execFile);

export interface VideoMarkDetection {
  found: boolean;
  payload?: VideoMarkPayload;
  /** Instance id of the key that matched (from the key list, else from the payload). */
  instance?: number;
  /** Share of coded bits read as the re-encoded codeword of the payload (when found). */
  bitAccuracy?: number;
  /**
   * 1 − the probability that an unmarked video gives this answer: when found, at least
   * 1 − 2⁻²⁴ × candidates tried; when not found, 0.
   */
  confidence: number;
  framesUsed: number;
  /** Sync correlation peak, in standard deviations (diagnostics). */
  syncZ: number;
}

export interface DetectVideoMarkOptions {
  keys: { instance?: number; key: MarkKey }[];
  /** Frames per second read from the file (default: about 90 frames over the clip, at most 30 a second). */
  analysisFps?: number;
  /** Stop after this many analysed frames (default 120). */
  maxFrames?: number;
}

export class VideoMarkError extends Error {
  override name = 'VideoMarkError';
}

async function videoInfo(path: string): Promise<{ width: number; height: number; duration: number; fps: number }> {
  let stdout: string;
  try {
    ({ stdout } = await run(ffprobePath(), [
      '-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height,duration,avg_frame_rate:format=duration', '-of', 'json', path,
    ]));
  } catch (err) {
    throw new VideoMarkError(`cannot read ${path}: ${((err as { stderr?: string }).stderr ?? String(err)).trim()}`);
  }
  const info = JSON.parse(stdout) as {
    streams?: { width?: number; height?: number; duration?: string; avg_frame_rate?: string }[];
    format?: { duration?: string };
  };
  const s = info.streams?.[0];
  if (!s?.width || !s.height) throw new VideoMarkError(`${path} has no video stream`);
  const duration = Number(s.duration ?? info.format?.duration);
  const [num, den] = (s.avg_frame_rate ?? '').split('/').map(Number);
  const fps = num && den ? num / den : 30;
  return { width: s.width, height: s.height, duration: Number.isFinite(duration) && duration > 0 ? duration : 10, fps };
}

/** Canonical analysis size: short side 720 px, aspect kept, even dimensions. */
export function analysisSize(width: number, height: number): { width: number; height: number } {
  const k = CANONICAL_SHORT_SIDE / Math.min(width, height);
  const even = (v: number) => Math.max(2, 2 * Math.round((v * k) / 2));
  return width <= height ? { width: CANONICAL_SHORT_SIDE, height: even(height) } : { width: even(width), height: CANONICAL_SHORT_SIDE };
}

/** Mean luma of the decoded frames at the analysis size. */
export async function meanLuma(path: string, options: { analysisFps?: number; maxFrames?: number } = {}): Promise<{ image: LumaImage; frames: number }> {
  const src = await videoInfo(path);
  const { width, height } = analysisSize(src.width, src.height);
  const frameBytes = width * height;
  const sum = new Float64Array(frameBytes);
  const maxFrames = options.maxFrames ?? 120;
  // About 90 frames spread over the clip; at most 30 a second and never more than the file has.
  const fps = options.analysisFps ?? Math.min(30, src.fps, Math.max(5, 90 / src.duration));
  const args = [
    '-hide_banner', '-loglevel', 'error', '-nostdin', '-i', path, '-an', '-sn',
    '-vf', `fps=${fps.toFixed(3)},scale=${width}:${height}:flags=bicubic,format=gray`,
    '-frames:v', String(maxFrames), '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1',
  ];
  const frames = await new Promise<number>((resolve, reject) => {
    const child = spawn(ffmpegPath(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let count = 0;
    let at = 0; // byte position inside the current frame
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      let i = 0;
      while (i < chunk.length) {
        const n = Math.min(chunk.length - i, frameBytes - at);
        for (let j = 0; j < n; j++) sum[at + j] += chunk[i + j]!;
        i += n;
        at += n;
        if (at === frameBytes) {
          at = 0;
          count++;
        }
      }
    });
    child.on('error', (err) => reject(new VideoMarkError(`cannot run ffmpeg: ${err.message}`)));
    child.on('close', (code) => {
      if (code !== 0) reject(new VideoMarkError(`cannot decode ${path}: ${stderr.trim().split('\n').pop() ?? `exit ${code}`}`));
      else resolve(count);
    });
  });
  const data = new Float32Array(frameBytes);
  if (frames > 0) for (let i = 0; i < frameBytes; i++) data[i] = sum[i]! / frames;
  return { image: { data, width, height }, frames };
}

export async function detectVideoMark(path: string, options: DetectVideoMarkOptions): Promise<VideoMarkDetection> {
  const { image, frames } = await meanLuma(path, options);
  if (frames === 0) return { found: false, confidence: 0, framesUsed: 0, syncZ: 0 };
  const r = locateVideoMark(image, options.keys);
  if (!r.found || !r.payload) return { found: false, confidence: 0, framesUsed: frames, syncZ: r.syncZ };
  const key = options.keys[r.keyIndex!]!;
  return {
    found: true,
    payload: r.payload,
    instance: key.instance ?? r.payload.instance,
    bitAccuracy: r.bitAccuracy,
    confidence: 1 - 3 * 2 ** -24,
    framesUsed: frames,
    syncZ: r.syncZ,
  };
}
