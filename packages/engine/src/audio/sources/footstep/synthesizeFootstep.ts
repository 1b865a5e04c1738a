/**
 * One footstep: a heel strike and, a moment later, a softer toe, coloured by the ground:
 * grass swishes, snow crunches (many tiny cracks), sand whispers, wood knocks, hard floors
 * (tile, stone, concrete…) click. Heavier walkers step louder and lower.
 */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { Biquad } from '../../dsp/Biquad.ts';
import { WhiteNoise } from '../../dsp/NoiseSource.ts';
import { dbToGain } from '../../dsp/decibels.ts';
import { synthesizeImpact } from '../impact/synthesizeImpact.ts';

export type StepSound = 'swish' | 'crunch' | 'grit' | 'knock' | 'click' | 'thud';

const STEP_SOUND: Readonly<Record<string, StepSound>> = {
  grass: 'swish', leaves: 'swish', fabric: 'thud', carpet: 'thud', foam: 'thud', flesh: 'thud',
  snow: 'crunch', ice: 'click', sand: 'grit', regolith: 'grit',
  wood: 'knock', cardboard: 'knock', paper: 'thud',
  tile: 'click', ceramic: 'click', stone: 'click', concrete: 'click', asphalt: 'click',
  metal: 'click', gold: 'click', glass: 'click', plastic: 'knock', rubber: 'thud', leather: 'thud',
};

export function stepSoundOf(material: string): StepSound {
  return STEP_SOUND[material] ?? 'thud';
}

export interface FootstepSpec {
  material: string;
  /** Walker's mass, kg (a person ≈ 70). */
  mass: number;
  random: Random;
}

export function synthesizeFootstep(spec: FootstepSpec): Float32Array {
  const { random } = spec;
  const heft = Math.min(1, Math.max(0, Math.log10(Math.max(spec.mass, 1)) / 3)); // 1 kg → 0, 1 t → 1
  const level = dbToGain(-10 + 8 * heft + random.range(-1.5, 1.5));
  const kind = stepSoundOf(spec.material);
  const n = Math.ceil(0.3 * SAMPLE_RATE);
  const out = new Float64Array(n);
  const noise = new WhiteNoise(random);
  const toeDelay = Math.floor(random.range(0.035, 0.07) * SAMPLE_RATE);

  const part = (start: number, gain: number): void => {
    switch (kind) {
      case 'swish':
        burst(out, noise, start, gain * 0.9, Biquad.bandpass(random.range(3000, 4500), 0.7), 0.012, 0.09);
        tone(out, start, gain * 0.35, 70 - 20 * heft, 30);
        break;
      case 'crunch':
        grains(out, noise, random, start, gain, 0.12, 70, 900, 3200);
        tone(out, start, gain * 0.3, 80, 40);
        break;
      case 'grit':
        grains(out, noise, random, start, gain * 0.7, 0.09, 45, 500, 1600);
        burst(out, noise, start, gain * 0.35, Biquad.bandpass(1200, 0.8), 0.006, 0.05);
        break;
      case 'knock': {
        const knock = synthesizeImpact({
          a: { material: 'leather', size: 0.25 },
          b: { material: spec.material, size: 0.5, isGround: true },
          impulse: 2 + 20 * heft, normalSpeed: 1, random,
        });
        addAt(out, knock, start, gain * 0.9);
        break;
      }
      case 'click':
        burst(out, noise, start, gain * 1.1, Biquad.bandpass(random.range(2500, 4000), 1.4), 0.0008, 0.012);
        tone(out, start, gain * 0.25, 110 - 30 * heft, 45);
        break;
      case 'thud':
        burst(out, noise, start, gain * 0.5, Biquad.lowpass(600), 0.003, 0.03);
        tone(out, start, gain * 0.55, 75 - 20 * heft, 35);
        break;
    }
  };
  part(0, level);
  part(toeDelay, level * random.range(0.35, 0.55));
  return Float32Array.from(out);
}

function addAt(out: Float64Array, signal: ArrayLike<number>, start: number, gain: number): void {
  const len = Math.min(signal.length, out.length - start);
  for (let k = 0; k < len; k++) out[start + k] += signal[k]! * gain;
}

/** Filtered noise with a linear attack and exponential decay (seconds). */
function burst(out: Float64Array, noise: WhiteNoise, start: number, gain: number, filter: Biquad, attack: number, decay: number): void {
  const a = Math.max(1, attack * SAMPLE_RATE);
  const d = decay * SAMPLE_RATE;
  const len = Math.min(out.length - start, Math.ceil(a + d * 6));
  for (let k = 0; k < len; k++) {
    const env = k < a ? (k + 1) / a : Math.exp(-(k - a) / d);
    out[start + k] += gain * env * filter.process(noise.next()) * 2;
  }
}

/** A low sine thump (the body's weight landing), decaying at `decayPerSecond` (1/s). */
function tone(out: Float64Array, start: number, gain: number, freq: number, decayPerSecond: number): void {
  const len = Math.min(out.length - start, Math.ceil((6 / decayPerSecond) * SAMPLE_RATE));
  const w = (2 * Math.PI * freq) / SAMPLE_RATE;
  for (let k = 0; k < len; k++) {
    out[start + k] += gain * Math.min(1, k / 96) * Math.exp((-decayPerSecond * k) / SAMPLE_RATE) * Math.sin(w * k);
  }
}

/** Granular crackle: many tiny band-limited cracks spread over `spread` seconds. */
function grains(
  out: Float64Array, noise: WhiteNoise, random: Random, start: number, gain: number,
  spread: number, count: number, lowHz: number, highHz: number,
): void {
  const span = Math.ceil(spread * 1.3 * SAMPLE_RATE);
  const crackle = new Float64Array(span);
  for (let i = 0; i < count; i++) {
    // Denser early (the foot compresses the crust), thinning out.
    const at = Math.floor(Math.pow(random.next(), 1.6) * spread * SAMPLE_RATE);
    const g = gain * random.range(0.3, 1) * (1 - at / (spread * SAMPLE_RATE * 1.2));
    const len = Math.min(span - at, Math.floor(random.range(0.0006, 0.003) * SAMPLE_RATE));
    for (let k = 0; k < len; k++) crackle[at + k] += g * Math.exp(-k / (len / 3)) * noise.next() * 1.5;
  }
  Biquad.bandpass(Math.sqrt(lowHz * highHz), 0.6).processInPlace(crackle);
  addAt(out, crackle, start, 1);
}
