/**
 * Screen offsets (pixels, negative = below the horizon, along the sky normal through the
 * horizon point nearest the centre) at which the ground plane is a given distance away.
 */
import type { BackdropView } from '../BackdropView.ts';
import { offsetForElevation } from '../geometry/horizon.ts';

export function groundOffsetAt(view: BackdropView, distance: number, groundY = 0): number {
  const eyeHeight = view.basis.eye[1] - groundY;
  if (eyeHeight <= 0) return 0;
  const elevation = -Math.atan2(eyeHeight, distance);
  return offsetForElevation(view.basis, view.horizon, elevation, Math.hypot(view.width, view.height) * 3);
}
