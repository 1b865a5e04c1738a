/** Water lapping at an edge: soft irregular slaps with small plinks, over a low gurgle. */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { BrownNoise, WhiteNoise } from '../../dsp/NoiseSource.ts';
import { addPanned, createChannels, randomCurve, scheduleTimes, sweep, type Channels } from '../ambienceKit.ts';

export function waterLap(length: number, random: Random): Channels {
  const out = createChannels(length);
  const movement = randomCurve(random, length, 0.6, 1.8, 0.4, 1);
  for (const channel of [out.left, out.right]) {
    const gurgle = new BrownNoise(random);
    const filter = Biquad.lowpass(260, 0.9);
    for (let i = 0; i < length; i++) channel[i] = filter.process(gurgle.next()) * 0.25 * movement[i]!;
  }
  const noise = new WhiteNoise(random);
  for (const at of scheduleTimes(random, length, 0.5, 1.7)) {
    const n = Math.round(0.45 * SAMPLE_RATE);
    const slap = new Float64Array(n);
    const filter = Biquad.bandpass(random.range(350, 800), 1.1);
    const attack = random.range(0.015, 0.05) * SAMPLE_RATE;
    const decay = random.range(0.06, 0.14) * SAMPLE_RATE;
    for (let k = 0; k < n; k++) {
      const env = k < attack ? k / attack : Math.exp(-(k - attack) / decay);
      slap[k] = filter.process(noise.next()) * env * 2.2;
    }
    const pan = random.range(-0.7, 0.7);
    addPanned(out, slap, at, pan, random.range(0.4, 1));
    // A couple of small plinks as the water folds over.
    const plinks = random.int(0, 2);
    for (let p = 0; p < plinks; p++) {
      const f0 = random.range(500, 1300);
      const d = random.range(25, 45);
      const plink = sweep(0.12, (t) => f0 * (1 + 1.5 * t), (t) => Math.min(1, t * 1000) * Math.exp(-d * t));
      addPanned(out, plink, at + Math.round(random.range(0.02, 0.15) * SAMPLE_RATE), pan, random.range(0.04, 0.1));
    }
  }
  return out;
}
