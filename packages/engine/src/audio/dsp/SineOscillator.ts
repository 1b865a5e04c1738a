/** A sine oscillator reading the shared sine table (cheaper than Math.sin), for steady drones and hums. */
import { SAMPLE_RATE } from '../StereoAudio.ts';
import { Wavetable } from './Wavetable.ts';

export class SineOscillator {
  private phase: number;
  private readonly increment: number;
  private readonly table = Wavetable.sine;

  /** `phase` in radians. */
  constructor(frequency: number, phase = 0, sampleRate: number = SAMPLE_RATE) {
    this.increment = frequency / sampleRate;
    this.phase = phase / (2 * Math.PI);
    this.phase -= Math.floor(this.phase);
  }

  next(): number {
    const out = this.table.at(this.phase);
    this.phase += this.increment;
    if (this.phase >= 1) this.phase -= 1;
    return out;
  }
}
