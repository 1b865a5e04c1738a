/**
 * A small stereo reverberator: a four-line feedback delay network (Jot) with a Hadamard
 * mixing matrix and a one-pole absorption filter in each line, fed by the mono sum of the
 * dry sound after a short pre-delay. Lines 0+2 feed the left ear and 1+3 the right, so the
 * tail is wide. About thirty operations a sample: cheap enough to run on every clip.
 */
import { SAMPLE_RATE } from '../StereoAudio.ts';
import type { RoomAcoustics } from './roomAcoustics.ts';

/** Delay-line lengths (s): mutually prime-ish so the echoes never line up. */
const LINES = [0.0297, 0.0371, 0.0411, 0.0437];

class FeedbackDelayNetwork {
  private readonly lengths = LINES.map((s) => Math.round(s * SAMPLE_RATE));
  private readonly lines = this.lengths.map((len) => new Float64Array(len));
  private readonly pos = [0, 0, 0, 0];
  private readonly gains: number[];
  private readonly lp = [0, 0, 0, 0];
  private readonly damp: number;
  left = 0;
  right = 0;

  constructor(rt60: number, damping: number) {
    // Per-line feedback gain for the requested decay: −60 dB after rt60 seconds.
    this.gains = this.lengths.map((len) => Math.pow(10, (-3 * len) / (rt60 * SAMPLE_RATE)));
    this.damp = Math.exp((-2 * Math.PI * damping) / SAMPLE_RATE);
  }

  process(x: number): void {
    const { lines, pos, gains, lp, damp, lengths } = this;
    const y0 = lines[0]![pos[0]!]!;
    const y1 = lines[1]![pos[1]!]!;
    const y2 = lines[2]![pos[2]!]!;
    const y3 = lines[3]![pos[3]!]!;
    // Absorb (gain and high-frequency loss), mix with an orthonormal Hadamard matrix, feed back.
    lp[0] = y0 * gains[0]! * (1 - damp) + lp[0]! * damp;
    lp[1] = y1 * gains[1]! * (1 - damp) + lp[1]! * damp;
    lp[2] = y2 * gains[2]! * (1 - damp) + lp[2]! * damp;
    lp[3] = y3 * gains[3]! * (1 - damp) + lp[3]! * damp;
    const a = lp[0]!, b = lp[1]!, c = lp[2]!, d = lp[3]!;
    lines[0]![pos[0]!] = 0.5 * (a + b + c + d) + x;
    lines[1]![pos[1]!] = 0.5 * (a - b + c - d) + x;
    lines[2]![pos[2]!] = 0.5 * (a + b - c - d) + x;
    lines[3]![pos[3]!] = 0.5 * (a - b - c + d) + x;
    for (let k = 0; k < 4; k++) pos[k] = pos[k]! + 1 === lengths[k]! ? 0 : pos[k]! + 1;
    this.left = y0 + y2;
    this.right = y1 + y3;
  }
}

/**
 * Add the room's reverberation of `dry` to `out`. `room.wet` is the tail's amplitude relative
 * to a click's: a unit impulse gets a tail of energy wet² (per channel).
 */
export function addReverb(
  dryLeft: Float64Array, dryRight: Float64Array, outLeft: Float64Array, outRight: Float64Array, room: RoomAcoustics,
): void {
  if (room.rt60 <= 0 || room.wet <= 0) return;
  // Calibrate: the energy of the network's own impulse response.
  const probe = new FeedbackDelayNetwork(room.rt60, room.damping);
  let energy = 0;
  for (let i = 0, n = Math.ceil(room.rt60 * SAMPLE_RATE); i < n; i++) {
    probe.process(i === 0 ? 1 : 0);
    energy += (probe.left * probe.left + probe.right * probe.right) / 2;
  }
  const scale = energy > 0 ? room.wet / Math.sqrt(energy) : 0;

  const fdn = new FeedbackDelayNetwork(room.rt60, room.damping);
  const predelay = Math.max(1, Math.round(room.predelay * SAMPLE_RATE));
  const pre = new Float64Array(predelay);
  let prePos = 0;
  for (let i = 0; i < dryLeft.length; i++) {
    const x = pre[prePos]!;
    pre[prePos] = (dryLeft[i]! + dryRight[i]!) * 0.5;
    prePos = prePos + 1 === predelay ? 0 : prePos + 1;
    fdn.process(x);
    outLeft[i] += fdn.left * scale;
    outRight[i] += fdn.right * scale;
  }
}
