/**
 * Topology-preserving state-variable filter (Simper). Its cutoff can move every few samples
 * without clicks or instability, so wind gusts, swelling waves and speed-dependent rolling
 * noise change colour smoothly. One call gives low-, band- and high-pass outputs.
 */
import { SAMPLE_RATE } from '../StereoAudio.ts';

export class StateVariableFilter {
  private ic1 = 0;
  private ic2 = 0;
  private a1 = 0;
  private a2 = 0;
  private a3 = 0;
  private k = 1;
  low = 0;
  band = 0;
  high = 0;

  constructor(cutoff: number, q = Math.SQRT1_2, private readonly sampleRate: number = SAMPLE_RATE) {
    this.set(cutoff, q);
  }

  /** Move the cutoff (Hz) and resonance. Cheap enough to call every 16–32 samples. */
  set(cutoff: number, q = Math.SQRT1_2): void {
    const f = Math.min(Math.max(cutoff, 5), this.sampleRate * 0.45);
    const g = Math.tan((Math.PI * f) / this.sampleRate);
    this.k = 1 / q;
    this.a1 = 1 / (1 + g * (g + this.k));
    this.a2 = g * this.a1;
    this.a3 = g * this.a2;
  }

  /** Feed one sample, then read `low`, `band` (0 dB at the cutoff) and `high`. */
  process(x: number): void {
    const v3 = x - this.ic2;
    const v1 = this.a1 * this.ic1 + this.a2 * v3;
    const v2 = this.ic2 + this.a2 * this.ic1 + this.a3 * v3;
    this.ic1 = 2 * v1 - this.ic1;
    this.ic2 = 2 * v2 - this.ic2;
    this.low = v2;
    this.band = v1 * this.k; // normalised: 0 dB at the centre frequency
    this.high = x - this.k * v1 - v2;
  }
}
