/**
 * A small stereo reverberator: the mono sum of the dry sound, after a short pre-delay, is
 * smeared by a chain of all-pass diffusers (so a click becomes a dense wash instead of a
 * few distinct echoes) and fed to a four-line feedback delay network (Jot) with a Hadamard
 * mixing matrix and a one-pole absorption filter in each line. Lines 0+2 feed the left ear
 * and 1+3 the right, so the tail is wide. About forty operations a sample.
 */
import { SAMPLE_RATE } from '../StereoAudio.ts';
import type { RoomAcoustics } from './roomAcoustics.ts';

/** Delay-line lengths (s): mutually prime-ish so the echoes never line up. */
const LINES = [0.0297, 0.0371, 0.0411, 0.0437];

/** Schroeder all-pass diffuser delays (s). */
const DIFFUSERS = [0.0047, 0.0036, 0.0127, 0.0093];
const DIFFUSION = 0.62;
/** Level of the diffused input in the output (the early reflections). */
const EARLY = 0.7;

class AllPass {
  private readonly buffer: Float64Array;
  private pos = 0;
  constructor(seconds: number, private readonly g: number) {
    this.buffer = new Float64Array(Math.round(seconds * SAMPLE_RATE));
  }
  process(x: number): number {
    const delayed = this.buffer[this.pos]!;
    const v = x + this.g * delayed;
    this.buffer[this.pos] = v;
    this.pos = this.pos + 1 === this.buffer.length ? 0 : this.pos + 1;
    return delayed - this.g * v;
  }
}

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

  /** Feed one (diffused) sample; `left`/`right` then hold the outputs. */
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
    // The diffused input itself is the early part of the response: the tail starts right after
    // the pre-delay instead of with a gap the length of a line.
    this.left = y0 + y2 + EARLY * x;
    this.right = y1 + y3 + EARLY * x;
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
  const probeDiffusers = DIFFUSERS.map((d) => new AllPass(d, DIFFUSION));
  let energy = 0;
  for (let i = 0, n = Math.ceil(room.rt60 * SAMPLE_RATE); i < n; i++) {
    let x = i === 0 ? 1 : 0;
    for (const d of probeDiffusers) x = d.process(x);
    probe.process(x);
    energy += (probe.left * probe.left + probe.right * probe.right) / 2;
  }
  const scale = energy > 0 ? room.wet / Math.sqrt(energy) : 0;

  const fdn = new FeedbackDelayNetwork(room.rt60, room.damping);
  const [d0, d1, d2, d3] = DIFFUSERS.map((d) => new AllPass(d, DIFFUSION)) as [AllPass, AllPass, AllPass, AllPass];
  const predelay = Math.max(1, Math.round(room.predelay * SAMPLE_RATE));
  const pre = new Float64Array(predelay);
  let prePos = 0;
  for (let i = 0; i < dryLeft.length; i++) {
    const x = pre[prePos]!;
    pre[prePos] = (dryLeft[i]! + dryRight[i]!) * 0.5;
    prePos = prePos + 1 === predelay ? 0 : prePos + 1;
    fdn.process(d3.process(d2.process(d1.process(d0.process(x)))));
    outLeft[i] += fdn.left * scale;
    outRight[i] += fdn.right * scale;
  }
}
