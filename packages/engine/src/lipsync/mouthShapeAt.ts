/** The mouth shape at a moment: the cue that holds then, or rest (X) outside every cue. */
import type { MouthShape } from '../render/models/characters/face/MouthShape.ts';
import type { MouthCue } from './MouthCue.ts';

/** Index of the cue holding at `time` in cues sorted by start, or -1. */
export function cueIndexAt(cues: readonly MouthCue[], time: number): number {
  let lo = 0;
  let hi = cues.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cues[mid]!;
    if (time < c.start) hi = mid - 1;
    else if (time >= c.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function mouthShapeAt(cues: readonly MouthCue[], time: number): MouthShape {
  const i = cueIndexAt(cues, time);
  return i < 0 ? 'X' : cues[i]!.shape;
}
