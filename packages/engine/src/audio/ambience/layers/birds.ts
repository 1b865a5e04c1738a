/**
 * Birdsong: a few birds, each with its own voice — quick falling chirps, FM trills or slow
 * rising whistles — singing phrases at seeded times from their own place in the stereo field,
 * over a whisper of open air.
 */
import type { Random } from '../../../random/createRandom.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { PinkNoise } from '../../dsp/NoiseSource.ts';
import { addPanned, createChannels, hann, scheduleTimes, secondsToSamples, sweep, type Channels } from '../ambienceKit.ts';

type Voice = 'chirp' | 'trill' | 'whistle';

export function birds(length: number, random: Random): Channels {
  const out = createChannels(length);
  for (const channel of [out.left, out.right]) {
    const air = new PinkNoise(random);
    const hp = Biquad.highpass(1500, 0.7);
    for (let i = 0; i < length; i++) channel[i] = hp.process(air.next()) * 0.02;
  }
  const count = random.int(2, 4);
  const voices: Voice[] = ['chirp', 'trill', 'whistle'];
  for (let b = 0; b < count; b++) {
    const voice = voices[(b + random.int(0, 2)) % 3]!;
    const pitch = random.range(2600, 4600);
    const pan = random.range(-0.85, 0.85);
    const distance = random.range(0.45, 1);
    for (const at of scheduleTimes(random, length, 1.2, 3.8)) {
      const phrase = sing(voice, pitch, random);
      addPanned(out, phrase, at, pan, distance * random.range(0.7, 1));
    }
  }
  return out;
}

function sing(voice: Voice, pitch: number, random: Random): Float64Array {
  const notes: Float64Array[] = [];
  const gaps: number[] = [];
  if (voice === 'chirp') {
    const n = random.int(2, 6);
    for (let i = 0; i < n; i++) {
      const len = random.range(0.04, 0.08);
      const top = pitch * random.range(1.2, 1.45);
      const bottom = pitch * random.range(0.7, 0.85);
      notes.push(sweep(len, (t) => top + (bottom - top) * (t / len), (t) => hann(t / len), [1, 0.15]));
      gaps.push(random.range(0.05, 0.1));
    }
  } else if (voice === 'trill') {
    const len = random.range(0.4, 1);
    const rate = random.range(22, 40);
    const depth = pitch * random.range(0.12, 0.22);
    notes.push(sweep(len, (t) => pitch + depth * Math.sin(2 * Math.PI * rate * t) - 0.1 * pitch * (t / len),
      (t) => hann(t / len) * (0.6 + 0.4 * Math.abs(Math.sin(Math.PI * rate * t))), [1, 0.1]));
    gaps.push(0);
  } else {
    const n = random.int(1, 3);
    for (let i = 0; i < n; i++) {
      const len = random.range(0.18, 0.38);
      const from = pitch * random.range(0.55, 0.7);
      const to = pitch * random.range(0.8, 1.05);
      notes.push(sweep(len, (t) => from + (to - from) * (t / len) + 40 * Math.sin(2 * Math.PI * 7 * t),
        (t) => hann(Math.min(1, t / len * 0.9 + 0.05)), [1, 0.05]));
      gaps.push(random.range(0.08, 0.2));
    }
  }
  const total = notes.reduce((s, n, i) => s + n.length + secondsToSamples(gaps[i]!), 0);
  const phrase = new Float64Array(total);
  let at = 0;
  notes.forEach((note, i) => {
    phrase.set(note, at);
    at += note.length + secondsToSamples(gaps[i]!);
  });
  return phrase;
}
