/** The hum of space (as films imagine it): a deep, slowly beating drone with a dark rumble that breathes. */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { BrownNoise } from '../../dsp/NoiseSource.ts';
import { StateVariableFilter } from '../../dsp/StateVariableFilter.ts';
import { Wavetable } from '../../dsp/Wavetable.ts';
import { createChannels, randomCurve, type Channels } from '../ambienceKit.ts';

export function spaceHum(length: number, random: Random): Channels {
  const out = createChannels(length);
  const root = random.range(38, 52);
  // A root with its fifth and a slightly sharp octave and twelfth: one table, one phase,
  // plus a second voice a fifth up that drifts against it.
  const low = Wavetable.of([1, 0.35, 0.12]);
  const fifth = Wavetable.sine;
  const breath = randomCurve(random, length, 2, 5, 0, 1);
  const channels = [out.left, out.right];
  channels.forEach((channel, c) => {
    const detune = c === 0 ? 1 : 1.004; // the slow beating between ears makes it wide
    const rumble = new BrownNoise(random);
    const filter = new StateVariableFilter(120, 1.4);
    let p1 = random.next();
    let p2 = random.next();
    const i1 = (root * detune) / SAMPLE_RATE;
    const i2 = (root * 1.5 * (2 - detune)) / SAMPLE_RATE;
    for (let i = 0; i < length; i++) {
      const b = breath[i]!;
      if ((i & 63) === 0) filter.set(60 + 160 * b, 1.4);
      filter.process(rumble.next() * 3);
      p1 += i1;
      p2 += i2;
      if (p1 >= 1) p1 -= 1;
      if (p2 >= 1) p2 -= 1;
      const drone = low.at(p1) + 0.45 * fifth.at(p2);
      channel[i] = drone * 0.35 * (0.8 + 0.2 * b) + filter.low * (0.4 + 0.6 * b);
    }
  });
  return out;
}
