/** Seagulls: raspy "kee-ow" cries — a quick rise then a long fall in pitch — in short series, from several places overhead. */
import type { Random } from '../../../random/createRandom.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { PinkNoise, WhiteNoise } from '../../dsp/NoiseSource.ts';
import { addPanned, createChannels, scheduleTimes, secondsToSamples, sweep, type Channels } from '../ambienceKit.ts';

export function gulls(length: number, random: Random): Channels {
  const out = createChannels(length);
  for (const channel of [out.left, out.right]) {
    const air = new PinkNoise(random);
    const lp = Biquad.lowpass(600, 0.7);
    for (let i = 0; i < length; i++) channel[i] = lp.process(air.next()) * 0.03;
  }
  const rasp = new WhiteNoise(random);
  for (const at of scheduleTimes(random, length, 1.6, 4.2)) {
    const peak = random.range(1100, 1600);
    const pan = random.range(-0.9, 0.9);
    const gain = random.range(0.5, 1);
    const cries = random.int(2, 4);
    let start = at;
    for (let c = 0; c < cries; c++) {
      const len = random.range(0.22, 0.42);
      const cry = sweep(
        len,
        (t) => {
          const x = t / len;
          return x < 0.18 ? peak * (0.78 + 0.22 * (x / 0.18)) : peak * (1 - 0.42 * ((x - 0.18) / 0.82));
        },
        (t) => {
          const x = t / len;
          return Math.min(1, x / 0.06) * Math.pow(1 - x, 0.7);
        },
        [1, 0.8, 0.55, 0.4, 0.25, 0.15],
      );
      // Raspy throat: amplitude roughened by low-passed noise.
      const rough = Biquad.lowpass(180, 0.7);
      for (let i = 0; i < cry.length; i++) cry[i] *= 0.7 + 1.5 * rough.process(rasp.next());
      Biquad.peaking(2600, 1.2, 6).processInPlace(cry);
      addPanned(out, cry, start, pan, gain * 0.5);
      start += cry.length + secondsToSamples(random.range(0.06, 0.16));
    }
  }
  return out;
}
