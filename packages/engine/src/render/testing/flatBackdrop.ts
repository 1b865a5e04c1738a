/**
 * A plain two-tone backdrop (wall and floor, split at the horizon) for golden images: flat
 * colours keep the stored PNGs small and the goldens independent of the scene backgrounds.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint, type ViewBasis } from '../../math/projectPoint.ts';

export function flatBackdrop(ctx: SKRSContext2D, basis: ViewBasis, width: number, height: number): void {
  const far = projectPoint(basis, [basis.eye[0] + basis.forward[0] * 500, 0, basis.eye[2] + basis.forward[2] * 500]);
  const horizon = Math.max(0, Math.min(height, far.depth > 0 ? far.y : 0));
  ctx.fillStyle = '#d5d8dd';
  ctx.fillRect(0, 0, width, horizon);
  ctx.fillStyle = '#b4b8bf';
  ctx.fillRect(0, horizon, width, height - horizon);
}
