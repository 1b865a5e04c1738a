/** Evenly spaced frames of a video file as PNG images (for image moderation), read with the engine's ffmpeg. */
import { execFile } from 'node:child_process';
import { ffmpegPath, probeMedia } from '@klappe/engine';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Split concatenated PNG files (ffmpeg's image2pipe output) at their IEND chunks. */
function splitPngs(data: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = data.indexOf(PNG_SIGNATURE);
  while (start >= 0) {
    const iend = data.indexOf('IEND', start);
    if (iend < 0) break;
    const end = iend + 8; // "IEND" + CRC
    out.push(data.subarray(start, end));
    start = data.indexOf(PNG_SIGNATURE, end);
  }
  return out;
}

export async function sampleVideoFrames(file: string, count = 8): Promise<Buffer[]> {
  const info = await probeMedia(file);
  const duration = Number(info.format.duration);
  if (!(duration > 0)) throw new Error(`${file} has no duration`);
  const rate = Math.max(count / duration, 0.01);
  const stdout = await new Promise<Buffer>((resolve, reject) => {
    execFile(
      ffmpegPath(),
      ['-v', 'error', '-i', file, '-vf', `fps=${rate.toFixed(6)},scale=224:224`, '-frames:v', String(count), '-f', 'image2pipe', '-vcodec', 'png', '-'],
      { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
      (err, out) => (err ? reject(err) : resolve(out)),
    );
  });
  return splitPngs(stdout);
}
