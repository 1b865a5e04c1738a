/** Per-frame MD5s of the decoded video and audio of a media file (ffmpeg's framemd5 muxer). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ffmpegPath } from '../encode/findFfmpeg.ts';

const run = promisify(execFile);

export async function decodeHashes(file: string): Promise<{ video: string[]; audio: string[] }> {
  const { stdout } = await run(ffmpegPath(), ['-v', 'error', '-i', file, '-map', '0:v', '-map', '0:a', '-f', 'framemd5', '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const video: string[] = [];
  const audio: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    const cols = line.split(',').map((c) => c.trim());
    (cols[0] === '0' ? video : audio).push(cols[5]!);
  }
  return { video, audio };
}

/** Decode the audio track to 48 kHz stereo float samples. */
export async function decodeAudio(file: string): Promise<{ left: Float32Array; right: Float32Array }> {
  const { stdout } = await run(ffmpegPath(), ['-v', 'error', '-i', file, '-map', '0:a', '-f', 'f32le', '-ar', '48000', '-ac', '2', '-'], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  const all = new Float32Array(stdout.buffer.slice(stdout.byteOffset, stdout.byteOffset + stdout.byteLength));
  const n = all.length / 2;
  const left = new Float32Array(n);
  const right = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    left[i] = all[2 * i]!;
    right[i] = all[2 * i + 1]!;
  }
  return { left, right };
}
