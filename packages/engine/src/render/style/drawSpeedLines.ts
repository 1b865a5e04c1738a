/**
 * Anime speed lines: streaks trailing behind anything that crosses the screen fast, measured
 * from where it was drawn two frames earlier. Deterministic: line positions come from the
 * entity and the frame index.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint, viewBasis, type ViewBasis } from '../../math/projectPoint.ts';
import { createRandom } from '../../random/createRandom.ts';
import type { FrameState, Timeline } from '../../timeline/Timeline.ts';

export function drawSpeedLines(ctx: SKRSContext2D, timeline: Timeline, frame: FrameState, basis: ViewBasis, colour: string, scale: number): void {
  const before = timeline.frames[frame.index - 2];
  if (!before) return;
  const pastBasis = viewBasis(before.camera, timeline.width, timeline.height);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.lineCap = 'round';
  ctx.strokeStyle = colour;
  timeline.entities.forEach((entity, i) => {
    const now = frame.poses[i], then = before.poses[i];
    if (!now || !then) return;
    const a = projectPoint(basis, now.position);
    const b = projectPoint(pastBasis, then.position);
    if (a.depth <= 0.2 || b.depth <= 0.2) return;
    const vx = (a.x - b.x) / 2, vy = (a.y - b.y) / 2;
    const speed = Math.hypot(vx, vy);
    const r = (basis.focal * entity.boundingRadius) / a.depth;
    if (speed < 5 * scale || r < 3) return;
    const dx = vx / speed, dy = vy / speed;
    const len = Math.min(r * 3.5, speed * 7);
    const rnd = createRandom(frame.index * 131 + i, 'speed-lines');
    ctx.beginPath();
    for (let k = 0; k < 7; k++) {
      const across = (rnd.next() * 2 - 1) * r * 0.85;
      const start = r * (0.35 + 0.5 * Math.sqrt(Math.max(0, 1 - (across / r) ** 2))) + rnd.next() * r * 0.3;
      const l = len * (0.45 + 0.55 * rnd.next());
      const sx = a.x - dx * start - dy * across, sy = a.y - dy * start + dx * across;
      ctx.moveTo(sx, sy);
      ctx.lineTo(sx - dx * l, sy - dy * l);
    }
    ctx.lineWidth = Math.max(1, 1.8 * scale);
    ctx.stroke();
  });
  ctx.restore();
}
