/** Leaves rustling: bright noise broken into crackly flurries that thicken with each breeze. */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { WhiteNoise } from '../../dsp/NoiseSource.ts';
import { createChannels, randomCurve, type Channels } from '../ambienceKit.ts';

export function leaves(length: number, random: Random): Channels {
  const out = createChannels(length);
  const breeze = randomCurve(random, length, 0.7, 2.2, 0.1, 1);
  for (const channel of [out.left, out.right]) {
    const noise = new WhiteNoise(random);
    const trigger = new WhiteNoise(random);
    const hp = Biquad.highpass(1800, 0.6);
    const lp = Biquad.lowpass(7500, 0.6);
    const decay = Math.exp(-1 / (0.006 * SAMPLE_RATE));
    let crackle = 0;
    for (let i = 0; i < length; i++) {
      const b = breeze[i]!;
      // Each leaf touch is a tiny decaying burst; more touches when the breeze is up.
      const u = trigger.next();
      if (u > 1 - 0.004 * b * b) crackle += 0.5 + 0.5 * Math.abs(trigger.next());
      crackle *= decay;
      channel[i] = lp.process(hp.process(noise.next())) * (Math.min(1.5, crackle) + 0.08 * b);
    }
  }
  return out;
}
