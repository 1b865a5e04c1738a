/**
 * Thunder: at seeded moments a strike — near ones open with a crack — then a long rolling
 * rumble made of overlapping low bursts that fade over several seconds; between strikes,
 * a faint distant grumble.
 */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { BrownNoise, WhiteNoise } from '../../dsp/NoiseSource.ts';
import { StateVariableFilter } from '../../dsp/StateVariableFilter.ts';
import { createChannels, secondsToSamples, type Channels } from '../ambienceKit.ts';

export function thunder(length: number, random: Random): Channels {
  const out = createChannels(length);
  const duration = length / SAMPLE_RATE;
  // Strike times: the first early enough to be heard, then every 5–10 s.
  const strikes: number[] = [];
  for (let t = random.range(0.08, 0.4) * Math.min(duration, 8); t < duration; t += random.range(5, 10)) strikes.push(t);

  const block = 64;
  const blocks = Math.ceil(length / block) + 1;
  const rumbleEnv = new Float64Array(blocks);
  const crackEnv = new Float64Array(blocks);
  for (const strike of strikes) {
    const near = random.next();
    const bursts = random.int(5, 11);
    for (let k = 0; k < bursts; k++) {
      const at = strike + Math.pow(random.next(), 1.4) * 3.5;
      const amp = (0.4 + 0.6 * random.next()) * Math.exp(-(at - strike) / 2.5);
      const rise = random.range(0.05, 0.25);
      const fall = random.range(0.4, 1.2);
      for (let b = Math.max(0, Math.floor(((at - rise * 3) * SAMPLE_RATE) / block)); b < blocks; b++) {
        const t = (b * block) / SAMPLE_RATE - at;
        if (t > fall * 7) break;
        rumbleEnv[b] += amp * (t < 0 ? Math.exp(t / rise) : Math.exp(-t / fall));
      }
    }
    if (near > 0.4) {
      const start = Math.floor((strike * SAMPLE_RATE) / block);
      for (let b = start; b < Math.min(blocks, start + secondsToSamples(0.8) / block); b++) {
        const t = ((b - start) * block) / SAMPLE_RATE;
        crackEnv[b] += near * (1 - Math.exp(-t / 0.006)) * Math.exp(-t / 0.12);
      }
    }
  }
  for (const channel of [out.left, out.right]) {
    const rumble = new BrownNoise(random);
    const crack = new WhiteNoise(random);
    const rumbleFilter = new StateVariableFilter(120, 0.8);
    const crackFilter = Biquad.lowpass(2800, 0.7);
    const distant = Biquad.lowpass(70, 0.7);
    for (let b = 0; b * block < length; b++) {
      const r = rumbleEnv[b]!;
      const r2 = rumbleEnv[b + 1]!;
      const c = crackEnv[b]!;
      const c2 = crackEnv[b + 1]!;
      rumbleFilter.set(90 + 160 * Math.min(1, r), 0.8);
      const end = Math.min(length, (b + 1) * block);
      for (let i = b * block; i < end; i++) {
        const f = (i - b * block) / block;
        rumbleFilter.process(rumble.next() * 4);
        const x = rumble.next();
        channel[i] =
          rumbleFilter.low * (r + (r2 - r) * f) * 1.8 +
          crackFilter.process(crack.next()) * (c + (c2 - c) * f) * 1.2 +
          distant.process(x) * 0.25;
      }
    }
  }
  return out;
}
