/**
 * Shot presets. The lens is set by the long side of the frame so portrait and landscape shots
 * of the same plan feel alike; the subject is fitted with a margin, seen from a little above.
 */
import type { CameraPlan } from '../../plan/scenePlanSchema.ts';

export interface Framing {
  /** Field of view across the longer side of the frame (degrees). */
  longSideFov: number;
  /** Camera height angle above the subject (degrees). */
  elevation: number;
  /** Fraction of the half-frame left free around the subject. */
  margin: number;
  /** Close-ups frame only the top of characters and animals (fraction of their height). */
  topFraction: number;
}

export const FRAMINGS: Readonly<Record<CameraPlan['framing'], Framing>> = {
  wide: { longSideFov: 64, elevation: 13, margin: 0.22, topFraction: 1 },
  medium: { longSideFov: 52, elevation: 9, margin: 0.12, topFraction: 1 },
  'close-up': { longSideFov: 40, elevation: 5, margin: 0.1, topFraction: 0.38 },
  aerial: { longSideFov: 62, elevation: 58, margin: 0.16, topFraction: 1 },
};

/** Vertical and horizontal fields of view (radians) for a framing on a width × height frame. */
export function fieldsOfView(framing: Framing, width: number, height: number): { fovY: number; fovX: number } {
  const long = (framing.longSideFov * Math.PI) / 180;
  const t = Math.tan(long / 2);
  if (height >= width) {
    return { fovY: long, fovX: 2 * Math.atan(t * (width / height)) };
  }
  return { fovX: long, fovY: 2 * Math.atan(t * (height / width)) };
}
