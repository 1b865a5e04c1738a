import type { MouthShape } from '../render/models/characters/face/MouthShape.ts';

/**
 * What a character's face and upper body do at one moment, besides its gait: the mouth shape
 * of what it says, blinking, and the small head and hand motion that goes with speaking.
 * All zero (mouth at rest, eyes open) for a silent character between blinks.
 */
export interface FaceState {
  mouth: MouthShape;
  /** How far the mouth is open, 0..1 (jaws, beaks, robot mouths follow this). */
  open: number;
  blink: boolean;
  /** True while the character has a line. */
  speaking: boolean;
  /** How much the character is in a line, 0..1, easing in just before it and out just after (visors lift, hands rise). */
  engaged: number;
  /** Head pitch added while speaking (rad, positive: chin down), roll and yaw. */
  nod: number;
  tilt: number;
  turn: number;
  /** Hands raised into speaking gestures, 0..1. */
  gesture: number;
}

export const RESTING_FACE: FaceState = { mouth: 'X', open: 0, blink: false, speaking: false, engaged: 0, nod: 0, tilt: 0, turn: 0, gesture: 0 };
