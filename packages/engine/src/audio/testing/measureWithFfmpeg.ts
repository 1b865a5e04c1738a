/**
 * An independent loudness meter for tests: pipes the clip as raw float PCM into ffmpeg's
 * `ebur128` filter (libavfilter's own EBU R 128 implementation, true peak by its own
 * oversampling) and reads the summary it prints.
 */
import { spawn } from 'node:child_process';
import { ffmpegPath } from '../../encode/findFfmpeg.ts';
import { interleaveStereo } from '../../encode/interleaveStereo.ts';
import type { StereoAudio } from '../StereoAudio.ts';

export interface FfmpegLoudness {
  /** Integrated loudness, LUFS. */
  integrated: number;
  /** True peak, dBFS (= dBTP). */
  truePeak: number;
}

export function measureWithFfmpeg(audio: StereoAudio): Promise<FfmpegLoudness> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), [
      '-hide_banner', '-nostats', '-f', 'f32le', '-ar', String(audio.sampleRate), '-ac', '2', '-i', '-',
      '-af', 'ebur128=peak=true', '-f', 'null', '-',
    ], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
      const integrated = /I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary);
      const peak = /Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary);
      if (code !== 0 || !integrated || !peak) {
        reject(new Error(`ffmpeg ebur128 failed (exit ${code}): ${stderr.slice(-500)}`));
        return;
      }
      const parse = (s: string): number => (s === '-inf' ? -Infinity : Number(s));
      resolve({ integrated: parse(integrated[1]!), truePeak: parse(peak[1]!) });
    });
    child.stdin.on('error', () => {}); // ffmpeg failing early is reported by 'close'
    child.stdin.end(interleaveStereo(audio.left, audio.right));
  });
}
