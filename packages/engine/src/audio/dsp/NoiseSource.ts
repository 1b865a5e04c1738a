/**
 * Seeded noise generators. Their state comes from the plan's seeded random stream, so the
 * same plan always hisses, rumbles and rustles identically.
 */
import type { Random } from '../../random/createRandom.ts';

/** Uniform white noise in [−1, 1): xorshift32, seeded from the plan's stream — plenty for audio. */
export class WhiteNoise {
  private state: number;
  constructor(random: Random) {
    this.state = (Math.floor(random.next() * 4294967295) | 0) || 0x9e3779b9;
  }
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x;
    return x * 4.656612873077393e-10; // x / 2³¹
  }
}

/** Pink (−3 dB/octave) noise, Paul Kellet's refined filter; roughly unit RMS ÷ 3. */
export class PinkNoise {
  private readonly white: WhiteNoise;
  private b0 = 0;
  private b1 = 0;
  private b2 = 0;
  private b3 = 0;
  private b4 = 0;
  private b5 = 0;
  private b6 = 0;
  constructor(random: Random) {
    this.white = new WhiteNoise(random);
  }
  next(): number {
    const w = this.white.next();
    this.b0 = 0.99886 * this.b0 + w * 0.0555179;
    this.b1 = 0.99332 * this.b1 + w * 0.0750759;
    this.b2 = 0.969 * this.b2 + w * 0.153852;
    this.b3 = 0.8665 * this.b3 + w * 0.3104856;
    this.b4 = 0.55 * this.b4 + w * 0.5329522;
    this.b5 = -0.7616 * this.b5 - w * 0.016898;
    const out = this.b0 + this.b1 + this.b2 + this.b3 + this.b4 + this.b5 + this.b6 + w * 0.5362;
    this.b6 = w * 0.115926;
    return out * 0.11;
  }
}

/**
 * Brown (−6 dB/octave) noise above ~40 Hz, flat below and blocked under ~20 Hz: a leaky
 * integrator plus a DC blocker, so rumbles stay audible instead of spending their energy on
 * inaudible sub-bass. Roughly 0.3 RMS.
 */
export class BrownNoise {
  private readonly white: WhiteNoise;
  private y = 0;
  private dcIn = 0;
  private dcOut = 0;
  constructor(random: Random) {
    this.white = new WhiteNoise(random);
  }
  next(): number {
    this.y = 0.995 * this.y + 0.06 * this.white.next();
    // One-pole DC blocker (≈ 20 Hz).
    this.dcOut = this.y - this.dcIn + 0.9974 * this.dcOut;
    this.dcIn = this.y;
    return this.dcOut;
  }
}
