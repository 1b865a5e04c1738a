/** Room tone: the quiet of an indoor space — soft low air with a little ventilation hiss and a faint mains hum. */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { PinkNoise } from '../../dsp/NoiseSource.ts';
import { createChannels, type Channels } from '../ambienceKit.ts';

export function roomTone(length: number, random: Random): Channels {
  const out = createChannels(length);
  const mains = random.next() < 0.5 ? 50 : 60;
  // The hum repeats every mains period (960 or 800 samples): tabulate it.
  const period = SAMPLE_RATE / mains;
  for (const channel of [out.left, out.right]) {
    const phase = random.range(0, 2 * Math.PI);
    const hum = new Float64Array(period);
    for (let k = 0; k < period; k++) {
      const w = (2 * Math.PI * k) / period;
      hum[k] = 0.012 * Math.sin(w + phase) + 0.02 * Math.sin(2 * w + 2 * phase);
    }
    // One pink noise shaped twice: darkened above ~900 Hz and lifted below ~150 Hz (the room's rumble).
    const air = new PinkNoise(random);
    const darken = Biquad.lowpass(1400, 0.6);
    const rumble = Biquad.peaking(90, 0.7, 6);
    for (let i = 0, k = 0; i < length; i++, k = k + 1 === period ? 0 : k + 1) {
      channel[i] = rumble.process(darken.process(air.next())) + hum[k]!;
    }
  }
  return out;
}
