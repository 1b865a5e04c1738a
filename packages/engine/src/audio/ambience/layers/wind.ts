/**
 * Wind: broad band-passed noise whose level, pitch and focus follow slow gusts (a little
 * out of step between left and right), with a thin whistle when a gust is strong.
 */
import type { Random } from '../../../random/createRandom.ts';
import { PinkNoise } from '../../dsp/NoiseSource.ts';
import { StateVariableFilter } from '../../dsp/StateVariableFilter.ts';
import { createChannels, randomCurve, type Channels } from '../ambienceKit.ts';

export function wind(length: number, random: Random): Channels {
  const out = createChannels(length);
  const gust = randomCurve(random, length, 0.8, 2.6, 0, 1);
  for (const channel of [out.left, out.right]) {
    const noise = new PinkNoise(random);
    const body = new StateVariableFilter(400, 1);
    const whistle = new StateVariableFilter(1100, 10);
    const wobble = randomCurve(random, length, 0.3, 0.9, -0.15, 0.15);
    const whistleFreq = random.range(800, 1400);
    let whistling = false;
    for (let i = 0; i < length; i++) {
      const g = Math.min(1, Math.max(0, gust[i]! + wobble[i]!));
      if ((i & 31) === 0) {
        body.set(220 + 650 * g, 0.9 + 1.2 * g);
        // The whistle only sings in strong gusts; skip its filter when it would be inaudible.
        whistling = g > 0.3;
        if (whistling) whistle.set(whistleFreq * (0.85 + 0.3 * g), 12);
      }
      const x = noise.next();
      body.process(x);
      let s = body.band * (0.25 + 0.9 * g) * 1.6;
      if (whistling) {
        whistle.process(x);
        s += whistle.band * 0.5 * g * g * g;
      }
      channel[i] = s;
    }
  }
  return out;
}
