/**
 * A neutral photo-studio backdrop: a seamless paper sweep from wall to floor with a soft pool
 * of light under the subject. Used by model previews, never by generated videos.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint, type ViewBasis } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';

export function drawStudioBackdrop(ctx: SKRSContext2D, basis: ViewBasis, subject: Vec3, subjectRadius: number, width: number, height: number): void {
  const far = projectPoint(basis, [basis.eye[0] + basis.forward[0] * 200, 0, basis.eye[2] + basis.forward[2] * 200]);
  const horizon = Math.max(-height, Math.min(2 * height, far.depth > 0 ? far.y : -height));
  const g = ctx.createLinearGradient(0, 0, 0, height);
  const h = Math.max(0.05, Math.min(0.95, horizon / height));
  g.addColorStop(0, '#dfe2e7');
  g.addColorStop(h * 0.85, '#d3d6dc');
  g.addColorStop(Math.min(0.99, h + 0.08), '#c4c8cf');
  g.addColorStop(1, '#aeb3bb');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
  // Light pool on the floor around the subject.
  const foot = projectPoint(basis, [subject[0], 0, subject[2]]);
  if (foot.depth > 0) {
    const r = Math.max(20, subjectRadius * 2.6 * foot.scale);
    ctx.save();
    ctx.translate(foot.x, foot.y);
    ctx.scale(1, 0.42);
    const pool = ctx.createRadialGradient(0, 0, 0, 0, 0, r);
    pool.addColorStop(0, 'rgba(255,255,255,0.28)');
    pool.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = pool;
    ctx.fillRect(-r, -r, 2 * r, 2 * r);
    ctx.restore();
  }
}
