/** Read stream facts from a media file with ffprobe. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ffprobePath } from './findFfmpeg.ts';

const run = promisify(execFile);

export interface MediaStream {
  codec_type: 'video' | 'audio' | string;
  codec_name: string;
  width?: number;
  height?: number;
  pix_fmt?: string;
  r_frame_rate?: string;
  avg_frame_rate?: string;
  nb_frames?: string;
  sample_rate?: string;
  channels?: number;
  duration?: string;
  color_space?: string;
  color_primaries?: string;
  color_transfer?: string;
}

export interface MediaInfo {
  streams: MediaStream[];
  format: { format_name: string; duration: string; size: string };
}

export async function probeMedia(file: string): Promise<MediaInfo> {
  const { stdout } = await run(ffprobePath(), [
    '-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', '-count_frames', file,
  ], { maxBuffer: 8 * 1024 * 1024 });
  return JSON.parse(stdout) as MediaInfo;
}
