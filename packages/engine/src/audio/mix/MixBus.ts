/**
 * The stereo mix being built: double-precision accumulators the size of the clip. Sources
 * render mono (or stereo) buffers and add them at a sample-exact start position; anything
 * before 0 or after the clip's end is cut off.
 */
import { createStereoAudio, type StereoAudio } from '../StereoAudio.ts';

export class MixBus {
  readonly left: Float64Array;
  readonly right: Float64Array;
  constructor(readonly length: number) {
    this.left = new Float64Array(length);
    this.right = new Float64Array(length);
  }

  /** Add a mono signal starting at sample `start` with fixed channel gains. */
  addMono(signal: ArrayLike<number>, start: number, gainLeft: number, gainRight: number): void {
    const from = Math.max(0, -start);
    const to = Math.min(signal.length, this.length - start);
    const { left, right } = this;
    for (let i = from; i < to; i++) {
      const s = signal[i];
      left[start + i] += s * gainLeft;
      right[start + i] += s * gainRight;
    }
  }

  /** Add a stereo pair starting at sample `start`, scaled by `gain`. */
  addStereo(signalLeft: ArrayLike<number>, signalRight: ArrayLike<number>, start: number, gain = 1): void {
    const from = Math.max(0, -start);
    const to = Math.min(signalLeft.length, this.length - start);
    for (let i = from; i < to; i++) {
      this.left[start + i] += signalLeft[i] * gain;
      this.right[start + i] += signalRight[i] * gain;
    }
  }

  toStereoAudio(): StereoAudio {
    const out = createStereoAudio(this.length);
    out.left.set(this.left);
    out.right.set(this.right);
    return out;
  }
}
