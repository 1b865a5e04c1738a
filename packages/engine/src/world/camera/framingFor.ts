/**
 * Shot presets. The lens is set by the long side of the frame so portrait and landscape shots
 * of the same plan feel alike; the subject is fitted with a margin, seen from a little above.
 * A tall frame looks down more steeply than a wide one: the ground and the action then fill
 * its height and the horizon sits in its upper part instead of across the middle, with
 * empty sky (or the dark above a room) filling the top half.
 */
import type { CameraPlan } from '../../plan/scenePlanSchema.ts';

export interface Framing {
  /** Field of view across the longer side of the frame (degrees). */
  longSideFov: number;
  /** Camera height angle above the subject in a wide (landscape) frame (degrees). */
  elevation: number;
  /** The same in a tall (portrait) frame (degrees). */
  tallElevation: number;
  /** Fraction of the half-frame left free around the subject. */
  margin: number;
  /** Close-ups frame only the top of characters and animals (fraction of their height). */
  topFraction: number;
  /** The least extent (m) of what is framed, so a small thing alone is seen in its surroundings. */
  leastExtent: number;
}

export const FRAMINGS: Readonly<Record<CameraPlan['framing'], Framing>> = {
  wide: { longSideFov: 64, elevation: 13, tallElevation: 21, margin: 0.18, topFraction: 1, leastExtent: 1.5 },
  medium: { longSideFov: 52, elevation: 9, tallElevation: 15, margin: 0.12, topFraction: 1, leastExtent: 0.8 },
  'close-up': { longSideFov: 40, elevation: 6, tallElevation: 11, margin: 0.1, topFraction: 0.38, leastExtent: 0 },
  aerial: { longSideFov: 62, elevation: 58, tallElevation: 62, margin: 0.16, topFraction: 1, leastExtent: 2 },
};

/** The angle from which small, flat scenes are seen (a domino chain on a table): only its elevations are used. */
export const TABLETOP: Framing = { longSideFov: 52, elevation: 28, tallElevation: 36, margin: 0.12, topFraction: 1, leastExtent: 0 };

/** Camera height angle (degrees) for a frame of width / height `aspect`: tall frames look down more. */
export function elevationFor(framing: Framing, aspect: number): number {
  // 9:16 and taller get the tall angle, 4:3 and wider the wide one, in between a blend.
  const u = Math.max(0, Math.min(1, (aspect - 9 / 16) / (4 / 3 - 9 / 16)));
  return framing.tallElevation + (framing.elevation - framing.tallElevation) * u;
}

/** Vertical and horizontal fields of view (radians) for a framing on a width × height frame. */
export function fieldsOfView(framing: Framing, width: number, height: number): { fovY: number; fovX: number } {
  const long = (framing.longSideFov * Math.PI) / 180;
  const t = Math.tan(long / 2);
  if (height >= width) {
    return { fovY: long, fovX: 2 * Math.atan(t * (width / height)) };
  }
  return { fovX: long, fovY: 2 * Math.atan(t * (height / width)) };
}
