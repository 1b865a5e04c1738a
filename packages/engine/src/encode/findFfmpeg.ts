/**
 * Locate the ffmpeg and ffprobe binaries: `ffmpeg`/`ffprobe` on PATH first (a system
 * install is usually newer), else the static binaries shipped in the npm packages.
 * KLAPPE_FFMPEG / KLAPPE_FFPROBE override both.
 */
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const require = createRequire(import.meta.url);

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

let cachedFfmpeg: string | undefined;
let cachedFfprobe: string | undefined;

export function ffmpegPath(): string {
  cachedFfmpeg ??=
    process.env.KLAPPE_FFMPEG ?? onPath('ffmpeg') ?? (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  return cachedFfmpeg;
}

export function ffprobePath(): string {
  cachedFfprobe ??=
    process.env.KLAPPE_FFPROBE ?? onPath('ffprobe') ?? (require('@ffprobe-installer/ffprobe') as { path: string }).path;
  return cachedFfprobe;
}
