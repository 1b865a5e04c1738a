/**
 * Something entering water: a slap (the onset), a noisy splash body whose colour darkens as
 * it settles, then a handful of bubbles ringing at their Minnaert frequencies
 * (f ≈ 3.26 m·Hz / radius) and chirping upwards as they rise (van den Doel 2005).
 * Bigger, faster entries are louder, longer and make bigger, lower bubbles.
 */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { StateVariableFilter } from '../../dsp/StateVariableFilter.ts';
import { WhiteNoise } from '../../dsp/NoiseSource.ts';
import { dbToGain } from '../../dsp/decibels.ts';

export interface SplashSpec {
  /** Vertical entry speed, m/s. */
  speed: number;
  /** kg */
  mass: number;
  random: Random;
}

export function synthesizeSplash(spec: SplashSpec): Float32Array {
  const { random } = spec;
  const speed = Math.max(0.1, Math.abs(spec.speed));
  const energy = 0.5 * Math.max(spec.mass, 0.001) * speed * speed; // J
  const size = Math.min(1, Math.max(0, (Math.log10(energy) + 2) / 5)); // 0 (a pebble) … 1 (a person)
  const level = dbToGain(-8 + 14 * size);
  const bodySeconds = 0.12 + 0.7 * size;
  const n = Math.ceil((bodySeconds * 1.6 + 0.6) * SAMPLE_RATE);
  const out = new Float64Array(n);

  // Slap and body: white noise through a low-pass falling from bright to dark.
  const noise = new WhiteNoise(random);
  const filter = new StateVariableFilter(6000, 0.9);
  const bodyLen = Math.min(n, Math.ceil(bodySeconds * 1.6 * SAMPLE_RATE));
  const attack = 0.004 * SAMPLE_RATE;
  const decay = (0.04 + 0.12 * size) * SAMPLE_RATE;
  for (let k = 0; k < bodyLen; k++) {
    if ((k & 31) === 0) {
      const t = k / bodyLen;
      filter.set(5500 * Math.pow(1 - t, 2) + 500 - 200 * size, 0.9);
    }
    filter.process(noise.next());
    const env = Math.min(1, k / attack) * Math.exp(-k / decay);
    // A short bright slap for the first few ms, then the filtered body.
    const slap = k < 0.008 * SAMPLE_RATE ? noise.next() * (1 - k / (0.008 * SAMPLE_RATE)) * 0.6 : 0;
    out[k] += level * (env * filter.low * 1.4 + slap);
  }

  // Bubbles: rising sine chirps at Minnaert frequencies.
  const bubbles = Math.round(3 + 9 * size + random.range(0, 3));
  for (let i = 0; i < bubbles; i++) {
    const radius = 0.0015 + random.next() * (0.0025 + 0.006 * size); // m
    const f0 = 3.26 / radius;
    if (f0 > 0.4 * SAMPLE_RATE) continue;
    const d = 0.13 * f0 + 0.0072 * Math.pow(f0, 1.5); // damping, 1/s
    const rise = 0.1 * d; // fractional pitch rise per second × f0
    const start = Math.floor((0.02 + Math.pow(random.next(), 1.7) * (0.08 + 0.45 * size)) * SAMPLE_RATE);
    const amp = level * 0.7 * (radius / 0.004) ** 0.5 * random.range(0.5, 1);
    const len = Math.min(n - start, Math.ceil((Math.log(1e3) / d) * SAMPLE_RATE));
    let phase = 0;
    for (let k = 0; k < len; k++) {
      const t = k / SAMPLE_RATE;
      phase += (2 * Math.PI * f0 * (1 + rise * t)) / SAMPLE_RATE;
      // 1 ms fade-in avoids a click; the bubble itself is a smooth pop.
      const env = Math.min(1, k / 48) * Math.exp(-d * t);
      out[start + k] += amp * env * Math.sin(phase);
    }
  }
  return Float32Array.from(out);
}
