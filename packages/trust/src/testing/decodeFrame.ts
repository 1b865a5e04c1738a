/** For tests: one decoded frame (RGBA) of a video at a time, and its size, with the engine's ffmpeg. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ffmpegPath, ffprobePath } from '@klappe/engine';

const run = promisify(execFile);

export async function videoSizeOf(path: string): Promise<{ width: number; height: number }> {
  const { stdout } = await run(ffprobePath(), ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'json', path]);
  const s = (JSON.parse(stdout) as { streams: { width: number; height: number }[] }).streams[0]!;
  return { width: s.width, height: s.height };
}

export async function decodeFrame(path: string, t: number): Promise<{ rgba: Uint8Array; width: number; height: number }> {
  const { width, height } = await videoSizeOf(path);
  const { stdout } = await run(ffmpegPath(), ['-v', 'error', '-i', path, '-ss', String(t), '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgba', 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: width * height * 4 + 1024,
  });
  if (stdout.length !== width * height * 4) throw new Error(`decoded ${stdout.length} bytes, expected ${width * height * 4}`);
  return { rgba: new Uint8Array(stdout.buffer, stdout.byteOffset, stdout.length), width, height };
}

/** A short test clip (test pattern + tone) made with ffmpeg, for C2PA and verifier tests. */
export async function makeTestClip(path: string, opts: { seconds?: number; size?: string; audio?: boolean } = {}): Promise<void> {
  await run(ffmpegPath(), [
    '-v', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc=size=${opts.size ?? '320x568'}:rate=24`,
    ...(opts.audio === false ? [] : ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000']),
    '-t', String(opts.seconds ?? 1), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p',
    ...(opts.audio === false ? [] : ['-c:a', 'aac']), '-movflags', '+faststart', path,
  ]);
}
