/**
 * Second-order IIR filter (RBJ audio-EQ cookbook designs), transposed direct form II in
 * double precision. Used for fixed-character filters: coloured noise beds, band-limited bursts.
 */
import { SAMPLE_RATE } from '../StereoAudio.ts';

export class Biquad {
  private z1 = 0;
  private z2 = 0;
  constructor(
    public b0: number,
    public b1: number,
    public b2: number,
    public a1: number,
    public a2: number,
  ) {}

  static lowpass(freq: number, q = Math.SQRT1_2, sampleRate: number = SAMPLE_RATE): Biquad {
    const { cos, alpha } = prewarp(freq, q, sampleRate);
    const a0 = 1 + alpha;
    return new Biquad(((1 - cos) / 2) / a0, (1 - cos) / a0, ((1 - cos) / 2) / a0, (-2 * cos) / a0, (1 - alpha) / a0);
  }

  static highpass(freq: number, q = Math.SQRT1_2, sampleRate: number = SAMPLE_RATE): Biquad {
    const { cos, alpha } = prewarp(freq, q, sampleRate);
    const a0 = 1 + alpha;
    return new Biquad(((1 + cos) / 2) / a0, -(1 + cos) / a0, ((1 + cos) / 2) / a0, (-2 * cos) / a0, (1 - alpha) / a0);
  }

  /** Band-pass with 0 dB gain at the centre frequency. */
  static bandpass(freq: number, q = 1, sampleRate: number = SAMPLE_RATE): Biquad {
    const { cos, alpha } = prewarp(freq, q, sampleRate);
    const a0 = 1 + alpha;
    return new Biquad(alpha / a0, 0, -alpha / a0, (-2 * cos) / a0, (1 - alpha) / a0);
  }

  /** Peaking bell: `gainDb` at `freq`. */
  static peaking(freq: number, q: number, gainDb: number, sampleRate: number = SAMPLE_RATE): Biquad {
    const { cos, alpha } = prewarp(freq, q, sampleRate);
    const A = Math.pow(10, gainDb / 40);
    const a0 = 1 + alpha / A;
    return new Biquad((1 + alpha * A) / a0, (-2 * cos) / a0, (1 - alpha * A) / a0, (-2 * cos) / a0, (1 - alpha / A) / a0);
  }

  process(x: number): number {
    const y = this.b0 * x + this.z1;
    this.z1 = this.b1 * x - this.a1 * y + this.z2;
    this.z2 = this.b2 * x - this.a2 * y;
    return y;
  }

  /** Filter `buffer[from..to)` in place. */
  processInPlace(buffer: Float32Array | Float64Array, from = 0, to = buffer.length): void {
    const { b0, b1, b2, a1, a2 } = this;
    let z1 = this.z1;
    let z2 = this.z2;
    for (let i = from; i < to; i++) {
      const x = buffer[i]!;
      const y = b0 * x + z1;
      z1 = b1 * x - a1 * y + z2;
      z2 = b2 * x - a2 * y;
      buffer[i] = y;
    }
    this.z1 = z1;
    this.z2 = z2;
  }

  reset(): void {
    this.z1 = 0;
    this.z2 = 0;
  }
}

function prewarp(freq: number, q: number, sampleRate: number): { cos: number; alpha: number } {
  const f = Math.min(Math.max(freq, 1), sampleRate * 0.49);
  const w = (2 * Math.PI * f) / sampleRate;
  return { cos: Math.cos(w), alpha: Math.sin(w) / (2 * q) };
}
