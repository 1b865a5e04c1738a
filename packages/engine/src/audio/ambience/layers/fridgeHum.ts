/** A fridge humming: the compressor's mains-frequency drone with a slow waver, plus a little fan noise. */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { PinkNoise } from '../../dsp/NoiseSource.ts';
import { createChannels, randomCurve, type Channels } from '../ambienceKit.ts';

export function fridgeHum(length: number, random: Random): Channels {
  const out = createChannels(length);
  const mains = random.next() < 0.5 ? 50 : 60;
  const waver = randomCurve(random, length, 0.5, 1.5, 0.85, 1);
  const harmonics = [0.35, 1, 0.45, 0.3, 0.12, 0.18, 0.06];
  const phases = harmonics.map(() => random.range(0, 2 * Math.PI));
  // Every harmonic repeats within one mains period (960 or 800 samples): tabulate it once.
  const period = SAMPLE_RATE / mains;
  const channels = [out.left, out.right];
  channels.forEach((channel, c) => {
    const table = new Float64Array(period);
    for (let k = 0; k < period; k++) {
      for (let h = 0; h < harmonics.length; h++) {
        table[k] += harmonics[h]! * Math.sin((2 * Math.PI * (h + 1) * k) / period + phases[h]! + c * 0.3);
      }
    }
    const fan = new PinkNoise(random);
    const band = Biquad.bandpass(random.range(280, 420), 0.8);
    for (let i = 0, k = 0; i < length; i++, k = k + 1 === period ? 0 : k + 1) {
      channel[i] = table[k]! * 0.3 * waver[i]! + band.process(fan.next()) * 0.25;
    }
  });
  return out;
}
