import type { MouthShape } from '../render/models/characters/face/MouthShape.ts';
import type { Seconds } from '../units/units.ts';

/** A mouth shape held from `start` to `end` (absolute clip seconds). */
export interface MouthCue {
  start: Seconds;
  end: Seconds;
  shape: MouthShape;
}
