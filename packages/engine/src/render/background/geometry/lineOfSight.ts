/**
 * Keeps the view of the action clear: scenery standing between the camera and what it is
 * looking at (a tree in front of a running dog filmed from afar) is left out, while scenery to
 * the sides and behind the action stays to frame it.
 */
import type { ViewBasis } from '../../../math/projectPoint.ts';

export interface LineOfSight {
  /** Horizontal unit direction of the view. */
  fx: number;
  fz: number;
  /** Horizontal distance from the eye to the action. */
  focus: number;
}

/** Where the action probably is: where the view ray comes down to about a metre above the ground, else nearest the scene's centre. */
export function lineOfSightOf(basis: ViewBasis): LineOfSight {
  const f = basis.forward;
  const fl = Math.hypot(f[0], f[2]);
  const fx = fl > 1e-6 ? f[0] / fl : 0;
  const fz = fl > 1e-6 ? f[2] / fl : -1;
  const eye = basis.eye;
  let along: number;
  const drop = eye[1] - 0.8;
  if (f[1] < -0.05 && drop > 0) along = (drop / -f[1]) * fl;
  else along = -(eye[0] * fx + eye[2] * fz);
  return { fx, fz, focus: Math.max(4, along) };
}

/** True when a thing standing at (x, z) with this half-width would block the view of the action. */
export function blocksView(sight: LineOfSight, eyeX: number, eyeZ: number, x: number, z: number, halfWidth: number): boolean {
  const dx = x - eyeX;
  const dz = z - eyeZ;
  const along = dx * sight.fx + dz * sight.fz;
  if (along <= 0 || along > sight.focus + 3) return false;
  const lateral = Math.abs(dx * sight.fz - dz * sight.fx);
  return lateral - halfWidth < 0.22 * along + 2.5;
}
