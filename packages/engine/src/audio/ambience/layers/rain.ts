/** Rain: a steady high hiss, a soft low patter bed, and hundreds of individual droplets per second. */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { BrownNoise, WhiteNoise } from '../../dsp/NoiseSource.ts';
import { equalPowerPan } from '../../mix/equalPowerPan.ts';
import { createChannels, randomCurve, type Channels } from '../ambienceKit.ts';

export function rain(length: number, random: Random): Channels {
  const out = createChannels(length);
  const intensity = randomCurve(random, length, 1.5, 4, 0.75, 1);
  for (const channel of [out.left, out.right]) {
    const hiss = new WhiteNoise(random);
    const bed = new BrownNoise(random);
    const band = Biquad.bandpass(4500, 0.45);
    for (let i = 0; i < length; i++) {
      channel[i] = (band.process(hiss.next()) * 0.4 + bed.next() * 0.12) * intensity[i]!;
    }
  }
  // Droplets: short damped sines at random pitches, scattered across the stereo field.
  const rate = 320; // per second
  const count = Math.round((length / SAMPLE_RATE) * rate);
  for (let d = 0; d < count; d++) {
    const at = random.int(0, length - 1);
    const freq = Math.exp(random.range(Math.log(1400), Math.log(7500)));
    const decay = random.range(250, 700);
    const amp = 0.25 * Math.pow(random.next(), 2) * intensity[at]!;
    const { left, right } = equalPowerPan(random.range(-1, 1));
    // Damped sine by recursion: y[k] = 2r cos ω y[k−1] − r² y[k−2].
    const w = (2 * Math.PI * freq) / SAMPLE_RATE;
    const r = Math.exp(-decay / SAMPLE_RATE);
    const c = 2 * r * Math.cos(w);
    const r2 = r * r;
    const len = Math.min(length - at, Math.ceil((5 / decay) * SAMPLE_RATE));
    let y2 = 0;
    let y1 = amp * r * Math.sin(w);
    for (let k = 1; k < len; k++) {
      out.left[at + k] += y1 * left;
      out.right[at + k] += y1 * right;
      const y = c * y1 - r2 * y2;
      y2 = y1;
      y1 = y;
    }
  }
  return out;
}
