/**
 * The upper-body motion that goes with speaking, added to a biped's gait: the head nods on
 * stressed syllables, tilts and turns a little with the speech's energy, and while standing
 * the hands come up into open-palmed gestures that beat with the words. A silent face
 * (or none) leaves the motion as it is.
 */
import type { Gait } from '../../../../timeline/Timeline.ts';
import type { FaceState } from '../../../../lipsync/FaceState.ts';
import type { BipedMotion } from './bipedMotion.ts';

/** Gaits whose arms are free to gesture. */
const FREE_HANDS: ReadonlySet<Gait> = new Set(['idle']);

export function speakingMotion(motion: BipedMotion, gait: Gait, face: FaceState | undefined, armScale = 1): BipedMotion {
  if (!face || (face.nod === 0 && face.tilt === 0 && face.turn === 0 && face.gesture === 0)) return motion;
  const out: BipedMotion = {
    ...motion,
    headPitch: motion.headPitch + face.nod,
    headRoll: motion.headRoll + face.tilt,
    // Speaking to someone: the idle glance around settles towards the front.
    headYaw: motion.headYaw * (1 - 0.7 * Math.min(1, face.gesture * 2)) + face.turn,
  };
  if (!FREE_HANDS.has(gait) || face.gesture <= 0) return out;
  const g = face.gesture * armScale;
  out.arms = motion.arms.map((arm, i) => {
    // The right hand (index 1) leads, the left follows at a little less.
    const k = i === 1 ? 1 : 0.7;
    return {
      ...arm,
      swing: arm.swing + 0.22 * g * k,
      raise: arm.raise + 0.1 * g * k,
      elbow: arm.elbow + 0.8 * g * k,
      // Forearms turned a little out: open hands in front of the body.
      elbowSide: arm.elbowSide + 0.18 * g * k,
      open: arm.open || g * k > 0.3,
    };
  }) as BipedMotion['arms'];
  return out;
}
