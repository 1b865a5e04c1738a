/** A ticking clock: one tick a second, alternating a brighter tick and a duller tock, from one spot in the room. */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { WhiteNoise } from '../../dsp/NoiseSource.ts';
import { addPanned, createChannels, secondsToSamples, type Channels } from '../ambienceKit.ts';

export function clock(length: number, random: Random): Channels {
  const out = createChannels(length);
  const pan = random.range(-0.6, 0.6);
  const noise = new WhiteNoise(random);
  const first = -secondsToSamples(random.range(0, 1));
  const tick = (pitch: number): Float64Array => {
    const n = secondsToSamples(0.06);
    const buf = new Float64Array(n);
    const modes: [number, number, number][] = [[2900 * pitch, 160, 0.6], [4400 * pitch, 220, 0.35], [950 * pitch, 70, 0.4]];
    for (const [f, d, a] of modes) {
      const w = (2 * Math.PI * f) / SAMPLE_RATE;
      for (let k = 0; k < n; k++) buf[k] += a * Math.exp((-d * k) / SAMPLE_RATE) * Math.sin(w * k);
    }
    let prev = 0;
    for (let k = 0; k < 96; k++) {
      const x = noise.next();
      buf[k] += (x - prev) * 0.5 * Math.exp(-k / 20);
      prev = x;
    }
    return buf;
  };
  const tickSound = tick(random.range(0.95, 1.1));
  const tockSound = tick(random.range(0.78, 0.88));
  let index = 0;
  for (let at = first; at < length; at += SAMPLE_RATE, index++) {
    addPanned(out, index % 2 === 0 ? tickSound : tockSound, at, pan, index % 2 === 0 ? 1 : 0.8);
  }
  return out;
}
