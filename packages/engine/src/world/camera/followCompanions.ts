/**
 * Who goes along with a followed entity: things that, seen from a camera that moves with it,
 * stay close by for the whole clip (the dog a person walks, the rider beside a horse). A
 * following shot frames them together; things it passes by are left behind.
 */
import type { Vec3 } from '../../math/vec3.ts';
import type { TimelineEntity } from '../../timeline/Timeline.ts';
import { entityHalfExtents } from './subjectBounds.ts';

/**
 * Indices of `candidates` that keep near `followed`: their position relative to the follow
 * track (how the camera moves, `track`, one point per frame) wanders less than a few metres
 * over the clip and never strays further than a few metres from the followed entity.
 */
export function followCompanions(
  entities: readonly TimelineEntity[],
  positions: readonly (readonly Vec3[])[],
  followed: number,
  track: readonly Vec3[],
  candidates: readonly number[],
): number[] {
  const size = (i: number) => {
    const h = entityHalfExtents(entities[i]!);
    return 2 * Math.max(h[0], h[1], h[2]);
  };
  const wander = Math.max(2.5, 1.5 * size(followed));
  const out: number[] = [];
  for (const i of candidates) {
    // Fixed scenery never goes along, however short the journey.
    if (i === followed || !entities[i] || entities[i]!.mobility === 'static') continue;
    const near = 3 + size(i) / 2 + size(followed) / 2;
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity, z0 = Infinity, z1 = -Infinity;
    let ok = true;
    for (let f = 0; f < positions.length && ok; f++) {
      const p = positions[f]![i], q = positions[f]![followed], s = track[f], s0 = track[0];
      if (!p || !q || !s || !s0 || !p.every(Number.isFinite)) {
        ok = false;
        break;
      }
      const x = p[0] - s[0] + s0[0], y = p[1] - s[1] + s0[1], z = p[2] - s[2] + s0[2];
      x0 = Math.min(x0, x); x1 = Math.max(x1, x);
      y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      z0 = Math.min(z0, z); z1 = Math.max(z1, z);
      if (Math.hypot(p[0] - q[0], p[2] - q[2]) > near) ok = false;
    }
    if (ok && x1 - x0 <= wander && y1 - y0 <= wander && z1 - z0 <= wander) out.push(i);
  }
  return out;
}
