/**
 * A city street: a constant traffic rumble, cars passing from one side to the other (engine
 * note bending down as they go by), and now and then a distant horn.
 */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { BrownNoise, PinkNoise, WhiteNoise } from '../../dsp/NoiseSource.ts';
import { Wavetable } from '../../dsp/Wavetable.ts';
import { equalPowerPan } from '../../mix/equalPowerPan.ts';
import { addPanned, createChannels, scheduleTimes, sweep, type Channels } from '../ambienceKit.ts';

export function city(length: number, random: Random): Channels {
  const out = createChannels(length);
  for (const channel of [out.left, out.right]) {
    const rumble = new BrownNoise(random);
    const hum = new PinkNoise(random);
    const lp = Biquad.lowpass(220, 0.7);
    const mid = Biquad.bandpass(650, 0.5);
    for (let i = 0; i < length; i++) channel[i] = lp.process(rumble.next()) * 0.6 + mid.process(hum.next()) * 0.8;
  }
  // Pass-bys: tyre noise and an engine note moving across, louder and brighter near the middle.
  const engineWave = Wavetable.of([1, 0.5, 0.3]);
  for (const at of scheduleTimes(random, length, 1.8, 4.5, 2)) {
    const passSeconds = random.range(2.5, 4.5);
    const n = Math.round(passSeconds * SAMPLE_RATE);
    const direction = random.next() < 0.5 ? -1 : 1;
    const engine = random.range(45, 85);
    const loud = random.range(0.5, 1);
    const tyres = new WhiteNoise(random);
    const tyreFilter = Biquad.bandpass(random.range(700, 1100), 0.7);
    let phase = 0;
    let gl = 0;
    let gr = 0;
    let increment = 0;
    for (let k = Math.max(0, -at); k < n && at + k < length; k++) {
      if ((k & 63) === 0 || gl + gr === 0) {
        const x = (k / n) * 2 - 1; // −1 … 1 through the pass
        const proximity = 1 / (1 + 9 * x * x);
        const pan = equalPowerPan(direction * x * 0.9);
        gl = pan.left * loud * proximity;
        gr = pan.right * loud * proximity;
        increment = (engine * (1 - 0.06 * Math.tanh(3 * x))) / SAMPLE_RATE; // Doppler: higher approaching
      }
      phase += increment;
      const s = tyreFilter.process(tyres.next()) * 1.1 + 0.12 * engineWave.at(phase);
      out.left[at + k] += s * gl;
      out.right[at + k] += s * gr;
    }
  }
  // Distant horns: two-tone, square-ish, short.
  for (const at of scheduleTimes(random, length, 3, 8, 1)) {
    const base = random.range(380, 470);
    const len = random.range(0.25, 0.6);
    const honk = sweep(len, () => base, (t) => Math.min(1, t / 0.02) * Math.min(1, (len - t) / 0.03),
      [1, 0, 0.33, 0, 0.2, 0, 0.14]);
    const second = sweep(len, () => base * 1.26, (t) => Math.min(1, t / 0.02) * Math.min(1, (len - t) / 0.03),
      [1, 0, 0.33, 0, 0.2, 0, 0.14]);
    for (let i = 0; i < honk.length; i++) honk[i] += second[i]!;
    Biquad.lowpass(1800, 0.7).processInPlace(honk);
    const repeats = random.int(1, 2);
    const pan = random.range(-0.8, 0.8);
    for (let r = 0; r < repeats; r++) addPanned(out, honk, at + Math.round(r * (len + 0.12) * SAMPLE_RATE), pan, 0.09);
  }
  return out;
}
