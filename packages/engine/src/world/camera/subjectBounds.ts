/**
 * The box the shot must show: the subject's (or the whole cast's) extent over every frame of
 * the clip, so moving things stay in frame. Things that leave the world (fall forever, fly off
 * beyond 60 m) are not chased. With the entities' rotations each one's extent is exact (a car
 * driving away is long in depth, narrow across); without, a loose object is allowed its
 * bounding radius in any direction it might tumble to.
 */
import type { Quat, Vec3 } from '../../math/vec3.ts';
import type { TimelineEntity } from '../../timeline/Timeline.ts';
import { colliderHalfExtents } from '../../ontology/colliderGeometry.ts';
import { worldHalfExtents } from '../entities/colliderGeometry.ts';

export interface Bounds {
  min: Vec3;
  max: Vec3;
}

const LIMIT = 60;

/** Half extents of an entity's collider (upright), m. */
export function entityHalfExtents(e: TimelineEntity): Vec3 {
  return colliderHalfExtents(e.collider);
}

export function subjectBounds(
  entities: readonly TimelineEntity[],
  positions: readonly (readonly Vec3[])[],
  which: readonly number[],
  frames: readonly number[] = positions.map((_, i) => i),
  topFraction = 1,
  rotations?: readonly (readonly Quat[])[],
): Bounds | null {
  let min: Vec3 = [Infinity, Infinity, Infinity];
  let max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const f of frames) {
    const row = positions[f];
    if (!row) continue;
    for (const i of which) {
      const p = row[i];
      const e = entities[i];
      if (!p || !e || !p.every(Number.isFinite)) continue;
      if (Math.abs(p[0]) > LIMIT || Math.abs(p[1]) > LIMIT || Math.abs(p[2]) > LIMIT) continue;
      // A rotating box can reach its bounding radius in any direction; upright things keep their shape.
      const q = rotations?.[f]?.[i];
      let hx: number, hy: number, hz: number;
      if (q) {
        [hx, hy, hz] = worldHalfExtents(e.collider, q);
      } else {
        const h = entityHalfExtents(e);
        const r = e.boundingRadius as number;
        const upright = e.category === 'character' || e.category === 'animal' || e.mobility === 'static';
        hx = upright ? h[0] : Math.min(r, Math.max(h[0], h[2], h[1] * 0.8));
        hy = upright ? h[1] : Math.min(r, Math.max(h[1], 0.8 * Math.max(h[0], h[2])));
        hz = upright ? h[2] : hx;
      }
      let bottom = p[1] - hy;
      const top = p[1] + hy;
      if (topFraction < 1 && (e.category === 'character' || e.category === 'animal')) bottom = top - (top - bottom) * topFraction;
      min = [Math.min(min[0], p[0] - hx), Math.min(min[1], bottom), Math.min(min[2], p[2] - hz)];
      max = [Math.max(max[0], p[0] + hx), Math.max(max[1], top), Math.max(max[2], p[2] + hz)];
    }
  }
  if (!Number.isFinite(min[0])) return null;
  return { min, max };
}

/** The 8 corners of a bounds box. */
export function boundsCorners(b: Bounds): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < 8; i++) out.push([i & 1 ? b.max[0] : b.min[0], i & 2 ? b.max[1] : b.min[1], i & 4 ? b.max[2] : b.min[2]]);
  return out;
}

export function boundsCentre(b: Bounds): Vec3 {
  return [(b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, (b.min[2] + b.max[2]) / 2];
}
