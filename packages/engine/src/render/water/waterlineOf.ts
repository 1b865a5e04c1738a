/**
 * Where an entity meets the water: the slice of its body by the water plane, and the part of
 * the screen in which that body is seen through the water (below the front of the waterline).
 */
import { projectPoint, type ViewBasis } from '../../math/projectPoint.ts';
import { rotate, type Quat, type Vec3 } from '../../math/vec3.ts';
import type { ColliderSpec } from '../../ontology/ontology.ts';
import type { Pt } from '../parts/screenPath.ts';
import { colliderHalfExtents, entityEllipsoid, verticalExtent } from '../shadows/entityEllipsoid.ts';

export type Waterline =
  | { kind: 'dry' }
  | { kind: 'under'; /** How far the top is below the surface (m). */ depth: number }
  | { kind: 'crossing'; /** Screen region seen through the water. */ region: Pt[]; /** Front arc of the waterline, left to right. */ front: Pt[] };

/** World points of the body's slice by the plane y = level, in order around it (empty if none). */
export function waterSlice(collider: ColliderSpec, position: Vec3, rotation: Quat, level: number): Vec3[] {
  if (collider.shape === 'box') {
    const h = colliderHalfExtents(collider);
    const corner = (i: number): Vec3 => {
      const l: Vec3 = [i & 1 ? h[0] : -h[0], i & 2 ? h[1] : -h[1], i & 4 ? h[2] : -h[2]];
      const r = rotate(rotation, l);
      return [position[0] + r[0], position[1] + r[1], position[2] + r[2]];
    };
    const pts: Vec3[] = [];
    for (let i = 0; i < 8; i++) {
      for (const bit of [1, 2, 4]) {
        const j = i | bit;
        if (j === i) continue;
        const a = corner(i), b = corner(j);
        if ((a[1] - level) * (b[1] - level) > 0 || a[1] === b[1]) continue;
        const t = (level - a[1]) / (b[1] - a[1]);
        if (t < 0 || t > 1) continue;
        pts.push([a[0] + (b[0] - a[0]) * t, level, a[2] + (b[2] - a[2]) * t]);
      }
    }
    if (pts.length < 3) return [];
    const cx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const cz = pts.reduce((s, p) => s + p[2], 0) / pts.length;
    return pts.sort((p, q) => Math.atan2(p[2] - cz, p[0] - cx) - Math.atan2(q[2] - cz, q[0] - cx));
  }
  const e = entityEllipsoid(collider, position, rotation);
  const m: Vec3 = [e.axes[0][1], e.axes[1][1], e.axes[2][1]];
  const mm = m[0] * m[0] + m[1] * m[1] + m[2] * m[2];
  const h = level - e.centre[1];
  if (mm < 1e-12 || h * h >= mm) return [];
  const u0: Vec3 = [(m[0] * h) / mm, (m[1] * h) / mm, (m[2] * h) / mm];
  const rho = Math.sqrt(1 - (h * h) / mm);
  const ml = Math.sqrt(mm);
  const n: Vec3 = [m[0] / ml, m[1] / ml, m[2] / ml];
  const ref: Vec3 = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 0, 1];
  let e1: Vec3 = [n[1] * ref[2] - n[2] * ref[1], n[2] * ref[0] - n[0] * ref[2], n[0] * ref[1] - n[1] * ref[0]];
  const l1 = Math.hypot(...e1);
  e1 = [e1[0] / l1, e1[1] / l1, e1[2] / l1];
  const e2: Vec3 = [n[1] * e1[2] - n[2] * e1[1], n[2] * e1[0] - n[0] * e1[2], n[0] * e1[1] - n[1] * e1[0]];
  const out: Vec3[] = [];
  const N = 24;
  for (let k = 0; k < N; k++) {
    const t = (k / N) * Math.PI * 2;
    const u: Vec3 = [u0[0] + rho * (Math.cos(t) * e1[0] + Math.sin(t) * e2[0]), u0[1] + rho * (Math.cos(t) * e1[1] + Math.sin(t) * e2[1]), u0[2] + rho * (Math.cos(t) * e1[2] + Math.sin(t) * e2[2])];
    out.push([
      e.centre[0] + e.axes[0][0] * u[0] + e.axes[1][0] * u[1] + e.axes[2][0] * u[2],
      level,
      e.centre[2] + e.axes[0][2] * u[0] + e.axes[1][2] * u[1] + e.axes[2][2] * u[2],
    ]);
  }
  return out;
}

export function waterlineOf(basis: ViewBasis, collider: ColliderSpec, position: Vec3, rotation: Quat, level: number, height: number): Waterline {
  const { bottom, top } = verticalExtent(entityEllipsoid(collider, position, rotation));
  if (bottom >= level) return { kind: 'dry' };
  if (top <= level) return { kind: 'under', depth: level - top };
  const slice = waterSlice(collider, position, rotation, level);
  if (slice.length < 3) return position[1] < level ? { kind: 'under', depth: 0 } : { kind: 'dry' };
  const pts = slice.map((p) => projectPoint(basis, p));
  if (pts.some((p) => p.depth <= 0.05)) return { kind: 'dry' };
  let li = 0, ri = 0;
  for (let i = 1; i < pts.length; i++) {
    if (pts[i]!.x < pts[li]!.x) li = i;
    if (pts[i]!.x > pts[ri]!.x) ri = i;
  }
  const n = pts.length;
  const chain = (from: number, to: number): Pt[] => {
    const out: Pt[] = [];
    for (let i = from; ; i = (i + 1) % n) {
      out.push({ x: pts[i]!.x, y: pts[i]!.y });
      if (i === to) break;
    }
    return out;
  };
  const a = chain(li, ri);
  const b = chain(ri, li).reverse();
  const meanY = (c: Pt[]): number => c.reduce((s, p) => s + p.y, 0) / c.length;
  const front = meanY(a) >= meanY(b) ? a : b;
  const left = front[0]!, right = front[front.length - 1]!;
  const far = height * 4 + 1000;
  const region: Pt[] = [{ x: left.x - far, y: left.y }, ...front, { x: right.x + far, y: right.y }, { x: right.x + far, y: far }, { x: left.x - far, y: far }];
  return { kind: 'crossing', region, front };
}
