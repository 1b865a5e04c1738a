/**
 * The sound of two things hitting each other: modal synthesis (van den Doel's
 * FoleyAutomatic) y(t) = Σ aₙ e^(−dₙ t) sin(2π fₙ t) over the modes of both materials,
 * plus a short noise click at the moment of contact. Larger objects ring lower and longer;
 * a harder hit is louder and brighter; soft partners (sand, foam, rubber) dull the strike.
 * Every hit is detuned a little by its own seeded stream, so repeated bounces never sound
 * like one sample played again. Sample 0 of the result is the instant of contact.
 */
import type { Random } from '../../../random/createRandom.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { WhiteNoise } from '../../dsp/NoiseSource.ts';
import { dbToGain } from '../../dsp/decibels.ts';
import { acousticMaterial, pitchScale, softnessOf } from '../materialAcoustics.ts';

export interface ImpactBody {
  material: string;
  /** Sounding size in metres (see soundingSize). */
  size: number;
  /** The ground: a large surface that only answers with a short, damped knock. */
  isGround?: boolean;
}

export interface ImpactSpec {
  a: ImpactBody;
  b: ImpactBody;
  /** N·s */
  impulse: number;
  /** Closing speed along the contact normal, m/s. */
  normalSpeed: number;
  random: Random;
}

/** Longest ring we render (s); anything longer is inaudible under the mix anyway. */
const MAX_RING = 3;
/** Size the ground sounds like: a patch of floor around the contact. */
const GROUND_SIZE = 0.6;

/**
 * Loudness of a hit from its impulse, in dB: logarithmic, so a marble's tick (≈0.01 N·s)
 * and an anvil's thud (≈300 N·s) are both audible but about 30 dB apart.
 */
export function impactLevelDb(impulse: number): number {
  const db = -2 + 7.5 * Math.log10(Math.max(impulse, 1e-5));
  return Math.min(8, Math.max(-42, db));
}

interface Mode {
  freq: number;
  decay: number;
  amp: number;
  /** Amplitude before the contact's low-pass: the level reference, so soft hits are quieter. */
  rawAmp: number;
}

export function synthesizeImpact(spec: ImpactSpec): Float32Array {
  const { random } = spec;
  const speed = Math.max(0.05, Math.abs(spec.normalSpeed));
  const softA = softnessOf(spec.a.material);
  const softB = softnessOf(spec.b.material);
  const soft = Math.max(softA, softB);
  // Contact duration: soft partners and slow hits stay in contact longer (Hertz: τ ∝ v^−1/5),
  // which filters out the high modes.
  const contactTime = (0.00003 + 0.0035 * soft * soft) * Math.pow(1 / speed, 0.2);

  const modes: Mode[] = [];
  const addBody = (body: ImpactBody, other: number, weight: number): void => {
    const m = acousticMaterial(body.material);
    const size = body.isGround ? GROUND_SIZE : body.size;
    const s = pitchScale(size);
    // Material damping rises with frequency (internal friction); the ground radiates into a
    // large surface, and a soft partner smothers the ring.
    const decayScale = Math.sqrt(s) * (body.isGround ? 3 : 1) * (1 + 4 * other * other);
    for (const [f0, d0, a0] of m.modes) {
      const freq = f0 * s * (1 + 0.012 * random.gaussian());
      if (freq > 0.45 * SAMPLE_RATE) continue;
      const excitation = 1 / (1 + Math.pow(freq * contactTime * 2, 2));
      const decay = Math.max(1.2, d0 * decayScale * (1 + 0.05 * random.gaussian()));
      const rawAmp = a0 * weight * (1 + 0.1 * random.gaussian());
      modes.push({ freq, decay, amp: rawAmp * excitation, rawAmp });
    }
  };
  addBody(spec.a, softB, 1);
  addBody(spec.b, softA, spec.b.isGround ? 0.45 : 0.8);

  const level = dbToGain(impactLevelDb(spec.impulse));
  let minDecay = Infinity;
  let ampSum = 0;
  for (const m of modes) {
    minDecay = Math.min(minDecay, m.decay);
    ampSum += Math.abs(m.rawAmp);
  }
  const ringSeconds = Math.min(MAX_RING, Math.log(1e4) / (Number.isFinite(minDecay) ? minDecay : 50));
  const clickSeconds = 0.0015 + 0.01 * soft;
  const n = Math.ceil((Math.max(ringSeconds, clickSeconds * 6) + 0.005) * SAMPLE_RATE);
  const out = new Float64Array(n);
  const norm = ampSum > 0 ? level / ampSum : 0;

  for (const m of modes) {
    // Damped sinusoid by recursion: y[k] = 2r cos ω y[k−1] − r² y[k−2] = a rᵏ sin(ωk).
    const w = (2 * Math.PI * m.freq) / SAMPLE_RATE;
    const r = Math.exp(-m.decay / SAMPLE_RATE);
    const c = 2 * r * Math.cos(w);
    const r2 = r * r;
    const a = m.amp * norm;
    const len = Math.min(n, Math.ceil((Math.log(1e4) / m.decay) * SAMPLE_RATE));
    // The last 5 ms of a truncated ring fade out so it ends without a click.
    const fadeFrom = Math.max(2, len - 240);
    let y2 = 0;
    let y1 = a * r * Math.sin(w);
    if (len > 1) out[1] += y1;
    for (let k = 2; k < len; k++) {
      const y = c * y1 - r2 * y2;
      out[k] += k < fadeFrom ? y : (y * (len - k)) / (len - fadeFrom);
      y2 = y1;
      y1 = y;
    }
  }

  // The contact click: a few milliseconds of noise, bright for hard contacts, dull for soft.
  const noise = new WhiteNoise(random);
  const clickLevel = level * (0.16 - 0.1 * soft);
  const tau = clickSeconds * SAMPLE_RATE;
  const clickLen = Math.min(n, Math.ceil(tau * 6));
  const smooth = Math.exp((-2 * Math.PI * Math.max(1500, 12000 * (1 - soft))) / SAMPLE_RATE);
  let lp = 0;
  let prev = 0;
  for (let k = 0; k < clickLen; k++) {
    const x = noise.next();
    lp = lp * smooth + x * (1 - smooth);
    const hp = lp - prev * 0.6; // tilt: keep the click crisp, not a thump
    prev = lp;
    out[k] += clickLevel * hp * Math.exp(-k / tau) * 2;
  }
  return Float32Array.from(out);
}
