/** The sound track of a clip: two channels of float samples (nominally −1..1) at 48 kHz. */
export const SAMPLE_RATE = 48000 as const;

export interface StereoAudio {
  sampleRate: 48000;
  left: Float32Array;
  right: Float32Array;
}

export function createStereoAudio(length: number): StereoAudio {
  return { sampleRate: SAMPLE_RATE, left: new Float32Array(length), right: new Float32Array(length) };
}
