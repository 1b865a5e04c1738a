/** The ffmpeg attacks the watermark is measured against (tests and benchmark). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ffmpegPath } from '@klappe/engine';

const run = promisify(execFile);

export interface VideoAttack {
  name: string;
  /** ffmpeg arguments between the input and the output file. */
  args: (info: { seconds: number }) => string[];
}

const x264 = (crf: number) => ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', String(crf), '-pix_fmt', 'yuv420p'];

export const VIDEO_ATTACKS: VideoAttack[] = [
  { name: 'H.264 CRF 23', args: () => [...x264(23), '-c:a', 'copy'] },
  { name: 'H.264 CRF 28', args: () => [...x264(28), '-c:a', 'copy'] },
  { name: 'downscale 0.5×', args: () => ['-vf', 'scale=iw/2:ih/2', ...x264(23), '-c:a', 'copy'] },
  { name: 'crop 90% centred', args: () => ['-vf', 'crop=trunc(iw*0.9/2)*2:trunc(ih*0.9/2)*2', ...x264(23), '-c:a', 'copy'] },
  { name: 'crop 90% corner', args: () => ['-vf', 'crop=trunc(iw*0.9/2)*2:trunc(ih*0.9/2)*2:iw*0.1:0', ...x264(23), '-c:a', 'copy'] },
  {
    name: 'letterbox 9:16 in 16:9',
    args: () => ['-vf', 'scale=-2:720,pad=1280:720:(ow-iw)/2:0:black', ...x264(23), '-c:a', 'copy'],
  },
  { name: 'fps 30→24', args: () => ['-vf', 'fps=24', ...x264(23), '-c:a', 'copy'] },
  { name: '3 s excerpt', args: () => [...x264(23), '-c:a', 'copy'] },
];

/** Runs one attack (the excerpt attack cuts 3 s from the middle; clips ≤ 3 s lose their first and last 10%). */
export async function attackVideo(input: string, output: string, attack: VideoAttack, seconds: number): Promise<void> {
  const pre: string[] = [];
  if (attack.name === '3 s excerpt') {
    const length = Math.min(3, seconds * 0.8);
    pre.push('-ss', ((seconds - length) / 2).toFixed(3), '-t', length.toFixed(3));
  }
  await run(ffmpegPath(), [
    '-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...pre, '-i', input, ...attack.args({ seconds }),
    '-map_metadata', '-1', '-f', 'mp4', output,
  ]);
}
