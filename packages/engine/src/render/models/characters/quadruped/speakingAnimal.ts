/**
 * A four-legged animal that talks: its jaw follows the mouth shapes (closed for p, b, m,
 * widest for "ah"), its head nods and tilts with the words, and it blinks on the face's
 * rhythm. A silent face (or none) keeps the animal's own panting and blinking.
 */
import type { FaceState } from '../../../../lipsync/FaceState.ts';
import type { QuadrupedMotion } from './quadrupedMotion.ts';

export type TalkingMotion = QuadrupedMotion & {
  /** Head roll (rad), positive towards the animal's left. */
  headRoll: number;
};

export function speakingAnimal(m: QuadrupedMotion, face: FaceState | undefined): TalkingMotion {
  if (!face) return { ...m, headRoll: 0 };
  return {
    ...m,
    mouthOpen: face.speaking ? face.open : m.mouthOpen,
    blink: face.blink,
    headPitch: m.headPitch + face.nod,
    headYaw: m.headYaw * (face.speaking ? 0.4 : 1) + face.turn,
    headRoll: face.tilt,
  };
}
