/** Validation of the canvas flags shared by `generate` and `plan`. */
import { MAX_DURATION, MIN_DURATION, SUPPORTED_FPS, SUPPORTED_SIZES, type PlanOptions } from '@klappe/engine';
import { CliError } from '../CliError.ts';

export interface CanvasFlags {
  seconds?: string;
  size?: string;
  fps?: string;
  seed?: string;
}

export function parseCanvasOptions(flags: CanvasFlags): PlanOptions {
  const out: PlanOptions = {};
  if (flags.seconds !== undefined) {
    const s = Number(flags.seconds);
    if (!/^\d+(\.\d+)?$/.test(flags.seconds.trim()) || !(s >= MIN_DURATION && s <= MAX_DURATION)) {
      throw new CliError(`--seconds must be a number from ${MIN_DURATION} to ${MAX_DURATION}, got "${flags.seconds}"`);
    }
    out.duration = s;
  }
  if (flags.size !== undefined) {
    const size = flags.size.trim().toLowerCase();
    if (!(SUPPORTED_SIZES as readonly string[]).includes(size)) {
      throw new CliError(`--size must be one of ${SUPPORTED_SIZES.join(', ')}, got "${flags.size}"`);
    }
    const [w, h] = size.split('x').map(Number);
    out.width = w;
    out.height = h;
  }
  if (flags.fps !== undefined) {
    const fps = Number(flags.fps);
    if (!(SUPPORTED_FPS as readonly number[]).includes(fps) || !/^\d+$/.test(flags.fps.trim())) {
      throw new CliError(`--fps must be ${SUPPORTED_FPS.join(' or ')}, got "${flags.fps}"`);
    }
    out.fps = fps as 24 | 30;
  }
  if (flags.seed !== undefined) {
    const seed = Number(flags.seed);
    if (!/^\d+$/.test(flags.seed.trim()) || !Number.isSafeInteger(seed) || seed > 4294967295) {
      throw new CliError(`--seed must be a whole number from 0 to 4294967295, got "${flags.seed}"`);
    }
    out.seed = seed;
  }
  return out;
}
