/**
 * Mouth shapes, named after Rhubarb Lip Sync's set so speech can drive a face later:
 * A closed (P, B, M), B slightly open with teeth (K, S, T, EE), C open (EH, AE), D wide (AA),
 * E rounded (AO, ER), F puckered (UW, OW, W), G upper teeth on the lower lip (F, V),
 * H tongue raised (L), X at rest.
 */
export type MouthShape = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'X';

export const MOUTH_SHAPES: readonly MouthShape[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'X'];

/** Geometry of a mouth shape, as fractions of the face width. */
export interface MouthGeometry {
  width: number;
  /** Height of the opening between the lips (0 = closed). */
  open: number;
  /** Corners turned up (a gentle resting smile) 0..1. */
  smile: number;
  /** Lip thickness (pressed lips look fuller). */
  lip: number;
  upperTeeth: boolean;
  lowerTeeth: boolean;
  /** Tongue visible 0..1; raised behind the upper teeth for H. */
  tongue: number;
  tongueUp: boolean;
}

export const MOUTH_GEOMETRY: Readonly<Record<MouthShape, MouthGeometry>> = {
  X: { width: 0.3, open: 0, smile: 0.6, lip: 0.028, upperTeeth: false, lowerTeeth: false, tongue: 0, tongueUp: false },
  A: { width: 0.27, open: 0, smile: 0.15, lip: 0.04, upperTeeth: false, lowerTeeth: false, tongue: 0, tongueUp: false },
  B: { width: 0.32, open: 0.05, smile: 0.3, lip: 0.03, upperTeeth: true, lowerTeeth: true, tongue: 0, tongueUp: false },
  C: { width: 0.33, open: 0.11, smile: 0.2, lip: 0.03, upperTeeth: true, lowerTeeth: false, tongue: 0.35, tongueUp: false },
  D: { width: 0.36, open: 0.19, smile: 0.1, lip: 0.03, upperTeeth: true, lowerTeeth: false, tongue: 0.5, tongueUp: false },
  E: { width: 0.24, open: 0.12, smile: 0, lip: 0.035, upperTeeth: true, lowerTeeth: false, tongue: 0.3, tongueUp: false },
  F: { width: 0.15, open: 0.08, smile: 0, lip: 0.045, upperTeeth: false, lowerTeeth: false, tongue: 0, tongueUp: false },
  G: { width: 0.3, open: 0.05, smile: 0.2, lip: 0.03, upperTeeth: true, lowerTeeth: false, tongue: 0, tongueUp: false },
  H: { width: 0.32, open: 0.13, smile: 0.1, lip: 0.03, upperTeeth: true, lowerTeeth: false, tongue: 0.8, tongueUp: true },
};
