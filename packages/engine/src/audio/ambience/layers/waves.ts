/**
 * Sea waves: a low roar that swells as each wave builds, a broad crash when it breaks
 * (bright, panned a little differently each time) and a long hissing wash as it runs out.
 */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { BrownNoise, PinkNoise } from '../../dsp/NoiseSource.ts';
import { StateVariableFilter } from '../../dsp/StateVariableFilter.ts';
import { createChannels, scheduleTimes, type Channels } from '../ambienceKit.ts';

export function waves(length: number, random: Random): Channels {
  const out = createChannels(length);
  // Envelope per wave: slow build, sharp break, long wash — evaluated per 32-sample block.
  const block = 32;
  const blocks = Math.ceil(length / block) + 1;
  const swell = new Float64Array(blocks);
  const crashL = new Float64Array(blocks);
  const crashR = new Float64Array(blocks);
  for (const at of scheduleTimes(random, length, 4, 7, 5)) {
    const pan = random.range(-0.6, 0.6);
    const size = random.range(0.6, 1);
    const build = random.range(2, 3.5);
    const wash = random.range(2.5, 4);
    for (let b = 0; b < blocks; b++) {
      const t = (b * block - at) / SAMPLE_RATE;
      if (t < -build || t > wash * 4) continue;
      const s = t < 0 ? Math.pow((t + build) / build, 2) : Math.exp(-t / wash);
      swell[b] += size * s;
      if (t >= 0) {
        const c = size * (1 - Math.exp(-t / 0.12)) * Math.exp(-t / (wash * 0.45));
        crashL[b] += c * (1 - pan) * 0.7;
        crashR[b] += c * (1 + pan) * 0.7;
      }
    }
  }
  const channels: [Float64Array, Float64Array][] = [[out.left, crashL], [out.right, crashR]];
  for (const [channel, crash] of channels) {
    const roar = new BrownNoise(random);
    const wash = new PinkNoise(random);
    const roarFilter = new StateVariableFilter(200, 0.7);
    const washFilter = new StateVariableFilter(600, 0.7);
    const crashFilter = new StateVariableFilter(1200, 0.6);
    for (let b = 0; b * block < length; b++) {
      const s = swell[b]!;
      const c = crash[b]!;
      const s2 = swell[b + 1]!;
      const c2 = crash[b + 1]!;
      roarFilter.set(150 + 250 * s, 0.7);
      washFilter.set(500 + 2000 * s, 0.7);
      crashFilter.set(900 + 2200 * c, 0.6);
      const end = Math.min(length, (b + 1) * block);
      for (let i = b * block; i < end; i++) {
        const f = (i - b * block) / block;
        const sw = s + (s2 - s) * f;
        const x = wash.next();
        roarFilter.process(roar.next());
        washFilter.process(x);
        crashFilter.process(x);
        channel[i] = roarFilter.low * (0.2 + 0.3 * sw) + washFilter.low * (0.15 + 0.9 * sw) + crashFilter.band * 2.2 * (c + (c2 - c) * f);
      }
    }
  }
  return out;
}
