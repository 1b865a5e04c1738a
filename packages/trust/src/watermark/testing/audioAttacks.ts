/** Real Klappe sound tracks and the codec attacks the audio mark is measured against. */
import { execFile } from 'node:child_process';
import { writeFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { directPlan, ffmpegPath, renderAudio, simulate, type StereoAudio } from '@klappe/engine';

const run = promisify(execFile);

/** The engine's sound track for a prompt (no frames are drawn). */
export async function renderTestAudio(prompt: string, seconds: number, seed = 1): Promise<StereoAudio> {
  const plan = directPlan(prompt, { width: 720, height: 1280, fps: 30, duration: seconds, seed });
  return renderAudio(await simulate(plan));
}

export interface AudioAttack {
  name: string;
  codecArgs: string[];
  extension: string;
}

export const AUDIO_ATTACKS: AudioAttack[] = [
  { name: 'AAC 64 kbit/s', codecArgs: ['-c:a', 'aac', '-b:a', '64k'], extension: 'm4a' },
  { name: 'MP3 128 kbit/s', codecArgs: ['-c:a', 'libmp3lame', '-b:a', '128k'], extension: 'mp3' },
];

/** Encodes a stereo track with a codec (through a temporary raw file). */
export async function encodeAudio(audio: StereoAudio, output: string, codecArgs: string[]): Promise<void> {
  const n = audio.left.length;
  const raw = Buffer.alloc(n * 8);
  for (let i = 0; i < n; i++) {
    raw.writeFloatLE(audio.left[i]!, i * 8);
    raw.writeFloatLE(audio.right[i]!, i * 8 + 4);
  }
  const tmp = `${output}.f32`;
  await writeFile(tmp, raw);
  try {
    await run(ffmpegPath(), [
      '-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-f', 'f32le', '-ar', '48000', '-ac', '2', '-i', tmp,
      ...codecArgs, output,
    ]);
  } finally {
    await rm(tmp, { force: true });
  }
}
