/**
 * Blinking: every 2–6 s for about 150 ms, at moments drawn from the entity's id and the
 * plan's seed, so every character blinks on its own rhythm and the same clip blinks the same.
 */
import { createRandom, hashString } from '../random/createRandom.ts';

export const BLINK_SECONDS = 0.15;
const MIN_GAP = 2;
const MAX_GAP = 6;

/** Start times of the blinks up to `until` seconds. */
export function blinkTimes(entityId: string, seed: number, until: number): number[] {
  const rng = createRandom((hashString(entityId) ^ seed) >>> 0, 'blink');
  const out: number[] = [];
  // The first blink comes a little earlier on average: nobody waits six seconds after a cut.
  let t = rng.range(0.6, MAX_GAP - 1);
  while (t < until) {
    out.push(t);
    t += rng.range(MIN_GAP, MAX_GAP);
  }
  return out;
}

/** True while the eyes are shut, given the blink start times. */
export function isBlinkingAt(blinks: readonly number[], time: number): boolean {
  for (const b of blinks) {
    if (b > time) return false;
    if (time < b + BLINK_SECONDS) return true;
  }
  return false;
}
