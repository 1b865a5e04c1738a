/**
 * Streams raw frames (RGBA or I420) into ffmpeg while they are rendered, with the whole audio track
 * fed on a second pipe. Backpressure is honoured: writeFrame resolves when ffmpeg can take more.
 */
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { DEFAULT_ENCODE_SETTINGS, ffmpegArgs, type EncodeSettings, type RawPixelFormat } from './EncodeSettings.ts';
import { yuv420Size } from './rgbaToYuv420.ts';
import { ffmpegPath } from './findFfmpeg.ts';
import { interleaveStereo } from './interleaveStereo.ts';

export interface EncoderOptions {
  output: string;
  width: number;
  height: number;
  fps: number;
  /** Format of the frames passed to writeFrame (default RGBA). */
  pixelFormat?: RawPixelFormat;
  audio?: { left: Float32Array; right: Float32Array };
  settings?: EncodeSettings;
}

export interface Encoder {
  /** Resolves once ffmpeg's pipe has taken the whole frame: the caller may then reuse its memory. */
  writeFrame(frame: Uint8Array): Promise<void>;
  /** Close the input and wait for ffmpeg to finish writing the file. */
  finish(): Promise<void>;
  /** Stop ffmpeg at once (the caller removes the partial file). */
  abort(): void;
}

export class EncodeError extends Error {
  override name = 'EncodeError';
}

export function startEncoder(opts: EncoderOptions): Encoder {
  const settings = opts.settings ?? DEFAULT_ENCODE_SETTINGS;
  const pixelFormat = opts.pixelFormat ?? 'rgba';
  const args = ffmpegArgs({
    width: opts.width,
    height: opts.height,
    fps: opts.fps,
    pixelFormat,
    withAudio: opts.audio !== undefined,
    output: opts.output,
    settings,
  });
  const child = spawn(ffmpegPath(), args, { stdio: ['pipe', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    if (stderr.length < 8000) stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (err) => reject(new EncodeError(`cannot run ffmpeg (${ffmpegPath()}): ${err.message}`)));
    child.on('close', (code) => resolve(code));
  });
  exited.catch(() => undefined);
  const stdin = child.stdin!;
  let failed: Error | undefined;
  const onPipeError = (err: Error) => {
    failed ??= new EncodeError(`ffmpeg stopped reading: ${stderr.trim() || err.message}`);
  };
  stdin.on('error', onPipeError);
  if (opts.audio) {
    const audioPipe = child.stdio[3] as Writable;
    audioPipe.on('error', onPipeError);
    audioPipe.end(interleaveStereo(opts.audio.left, opts.audio.right));
  }
  const expectedBytes = pixelFormat === 'rgba' ? opts.width * opts.height * 4 : yuv420Size(opts.width, opts.height);

  return {
    async writeFrame(frame) {
      if (failed) throw failed;
      if (frame.byteLength !== expectedBytes) {
        throw new EncodeError(`frame has ${frame.byteLength} bytes, expected ${expectedBytes}`);
      }
      // The write callback comes once the frame is in the pipe (one frame is far above the
      // stream's buffer size, so this is also the backpressure).
      await new Promise<void>((resolve) => {
        const done = () => {
          child.off('close', done);
          resolve();
        };
        child.on('close', done);
        stdin.write(frame, done);
      });
      if (failed) throw failed;
    },
    async finish() {
      stdin.end();
      const code = await exited;
      if (code !== 0) throw new EncodeError(`ffmpeg failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      if (failed) throw failed;
    },
    abort() {
      stdin.destroy();
      child.kill('SIGKILL');
    },
  };
}
