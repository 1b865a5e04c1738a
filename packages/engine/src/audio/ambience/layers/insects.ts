/**
 * Insects on a warm evening: crickets chirping (a high carrier pulsed a few times per chirp,
 * each cricket with its own pitch and rhythm) over a faint, shimmering buzz.
 */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { WhiteNoise } from '../../dsp/NoiseSource.ts';
import { StateVariableFilter } from '../../dsp/StateVariableFilter.ts';
import { equalPowerPan } from '../../mix/equalPowerPan.ts';
import { SineOscillator } from '../../dsp/SineOscillator.ts';
import { Wavetable } from '../../dsp/Wavetable.ts';
import { createChannels, type Channels } from '../ambienceKit.ts';

export function insects(length: number, random: Random): Channels {
  const out = createChannels(length);
  // Buzz bed: narrow noise around 6 kHz, amplitude fluttering at a wing-beat rate.
  for (const channel of [out.left, out.right]) {
    const noise = new WhiteNoise(random);
    const band = new StateVariableFilter(random.range(5500, 6800), 5);
    const flutter = new SineOscillator(random.range(90, 140));
    for (let i = 0; i < length; i++) {
      band.process(noise.next());
      channel[i] = band.band * 0.12 * (0.6 + 0.4 * flutter.next());
    }
  }
  const crickets = random.int(2, 4);
  for (let c = 0; c < crickets; c++) {
    const carrier = random.range(3800, 5200);
    const chirpRate = random.range(1.6, 3.2); // chirps per second
    const pulses = random.int(3, 5);
    const pulseRate = random.range(24, 38); // pulses per second within a chirp
    const pulseLen = (0.55 / pulseRate) * SAMPLE_RATE;
    const { left, right } = equalPowerPan(random.range(-0.9, 0.9));
    const gain = random.range(0.25, 0.5);
    const increment = carrier / SAMPLE_RATE;
    const sine = Wavetable.sine;
    const period = SAMPLE_RATE / chirpRate;
    for (let chirp = -random.next() * period; chirp < length; chirp += period * random.range(0.92, 1.08)) {
      for (let p = 0; p < pulses; p++) {
        const start = Math.round(chirp + (p * SAMPLE_RATE) / pulseRate);
        const from = Math.max(0, start);
        const to = Math.min(length, Math.round(start + pulseLen));
        for (let i = from; i < to; i++) {
          const x = (i - start) / pulseLen;
          const window = sine.at(x / 2); // sin(πx)
          const s = gain * window * window * sine.at(increment * i);
          out.left[i] += s * left;
          out.right[i] += s * right;
        }
      }
    }
  }
  return out;
}
