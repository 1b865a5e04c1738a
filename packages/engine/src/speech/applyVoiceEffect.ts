/**
 * Voice effects after synthesis, on the mono line: a robot's ring modulator and metallic comb,
 * an astronaut's helmet radio (telephone band and a little saturation). Pure: the same samples
 * in give the same samples out.
 */
import { Biquad } from '../audio/dsp/Biquad.ts';
import type { SpeakerVoice } from './SpeakerVoice.ts';

const RING_HZ = 55;
const COMB_SECONDS = 0.0035;

export function applyVoiceEffect(samples: Float32Array, sampleRate: number, effect: SpeakerVoice['effect']): Float32Array {
  if (effect === 'none') return samples;
  const out = new Float32Array(samples.length);
  if (effect === 'robot') {
    const w = (2 * Math.PI * RING_HZ) / sampleRate;
    const delay = Math.round(COMB_SECONDS * sampleRate);
    for (let i = 0; i < samples.length; i++) {
      const x = samples[i]!;
      const ring = x * Math.sin(w * i);
      const y = 0.65 * ring + 0.35 * x;
      out[i] = y + (i >= delay ? 0.5 * out[i - delay]! : 0);
    }
    for (let i = 0; i < out.length; i++) out[i] = out[i]! * 0.8;
    return out;
  }
  // radio
  const hp = Biquad.highpass(350, Math.SQRT1_2, sampleRate);
  const lp = Biquad.lowpass(3200, Math.SQRT1_2, sampleRate);
  // Saturation makes new low and high partials: band-limit again after it.
  const hp2 = Biquad.highpass(350, Math.SQRT1_2, sampleRate);
  const lp2 = Biquad.lowpass(3200, Math.SQRT1_2, sampleRate);
  const drive = 2.5;
  const norm = Math.tanh(drive);
  for (let i = 0; i < samples.length; i++) {
    const clipped = Math.tanh(drive * lp.process(hp.process(samples[i]!)) * 2) / norm / 2;
    out[i] = lp2.process(hp2.process(clipped));
  }
  return out;
}
