/**
 * How much of a body is under the water surface and where the centre of that submerged
 * volume is (where buoyancy pushes). Spheres are exact (spherical cap); boxes are cut into
 * 3×3×3 cells and cylinders into slices along their axis, each cell treated as a horizontal
 * slab — exact for upright boxes and cylinders, close for tilted ones, and tilted boxes get
 * a righting torque because the centre of buoyancy moves off the body centre.
 */
import type { ColliderSpec } from '../../ontology/ontology.ts';

export interface Submersion {
  /** m³ under the surface. */
  volume: number;
  /** volume / total volume, 0..1. */
  fraction: number;
  /** World position of the centre of the submerged volume (centre of buoyancy). */
  cx: number;
  cy: number;
  cz: number;
}

export function emptySubmersion(): Submersion {
  return { volume: 0, fraction: 0, cx: 0, cy: 0, cz: 0 };
}

/** Share of a circle's area below a chord at depth u·diameter from the bottom (u in 0..1). */
export function circularSegmentFraction(u: number): number {
  if (u <= 0) return 0;
  if (u >= 1) return 1;
  const c = 1 - 2 * u;
  return (Math.acos(c) - c * Math.sqrt(1 - c * c)) / Math.PI;
}

/** Volume of a sphere cap of height d (0..2r), and the height of its centroid above the sphere's lowest point. */
export function sphereCap(radius: number, d: number): { volume: number; centroidAboveBottom: number } {
  const r = radius;
  const h = Math.min(Math.max(d, 0), 2 * r);
  const volume = (Math.PI * h * h * (3 * r - h)) / 3;
  if (h <= 0) return { volume: 0, centroidAboveBottom: 0 };
  // Centroid of the cap measured from the sphere centre towards the cap: 3(2r−h)²/(4(3r−h)).
  const fromCentre = (3 * (2 * r - h) ** 2) / (4 * (3 * r - h));
  return { volume, centroidAboveBottom: r - fromCentre };
}

const BOX_CELLS = 3;
const CYLINDER_SLICES = 6;

/**
 * Fill `out` with the submersion of a collider at centre (px, py, pz) turned by the unit
 * quaternion (qx, qy, qz, qw), under a surface at height `level`. `totalVolume` is the
 * collider's volume. Allocation-free: called for every body at every physics step.
 */
export function submersionOf(
  spec: ColliderSpec,
  totalVolume: number,
  px: number, py: number, pz: number,
  qx: number, qy: number, qz: number, qw: number,
  level: number,
  out: Submersion,
): Submersion {
  out.volume = 0;
  out.fraction = 0;
  out.cx = px;
  out.cy = py;
  out.cz = pz;
  if (spec.shape === 'ball') {
    const r = spec.radius;
    const d = level - (py - r);
    if (d <= 0) return out;
    if (d >= 2 * r) {
      out.volume = totalVolume;
      out.fraction = 1;
      return out;
    }
    const cap = sphereCap(r, d);
    out.volume = cap.volume;
    out.fraction = cap.volume / totalVolume;
    out.cy = py - r + cap.centroidAboveBottom;
    return out;
  }
  // Rotation matrix of q.
  const m00 = 1 - 2 * (qy * qy + qz * qz), m01 = 2 * (qx * qy - qw * qz), m02 = 2 * (qx * qz + qw * qy);
  const m10 = 2 * (qx * qy + qw * qz), m11 = 1 - 2 * (qx * qx + qz * qz), m12 = 2 * (qy * qz - qw * qx);
  const m20 = 2 * (qx * qz - qw * qy), m21 = 2 * (qy * qz + qw * qx), m22 = 1 - 2 * (qx * qx + qy * qy);
  let sumV = 0, sumX = 0, sumY = 0, sumZ = 0;
  if (spec.shape === 'box') {
    const hx = spec.size[0] / 2, hy = spec.size[1] / 2, hz = spec.size[2] / 2;
    const halfExtentY = Math.abs(m10) * hx + Math.abs(m11) * hy + Math.abs(m12) * hz;
    if (py - halfExtentY >= level) return out;
    if (py + halfExtentY <= level) {
      out.volume = totalVolume;
      out.fraction = 1;
      return out;
    }
    const n = BOX_CELLS;
    const cellV = totalVolume / (n * n * n);
    const ex = hx / n, ey = hy / n, ez = hz / n;
    const cellHalfY = Math.abs(m10) * ex + Math.abs(m11) * ey + Math.abs(m12) * ez;
    for (let i = 0; i < n; i++) {
      const lx = -hx + (2 * i + 1) * ex;
      for (let j = 0; j < n; j++) {
        const ly = -hy + (2 * j + 1) * ey;
        for (let k = 0; k < n; k++) {
          const lz = -hz + (2 * k + 1) * ez;
          const cy = py + m10 * lx + m11 * ly + m12 * lz;
          const bottom = cy - cellHalfY;
          if (bottom >= level) continue;
          const top = cy + cellHalfY;
          const f = top <= level ? 1 : (level - bottom) / (top - bottom);
          const v = cellV * f;
          sumV += v;
          sumX += v * (px + m00 * lx + m01 * ly + m02 * lz);
          sumY += v * (top <= level ? cy : (bottom + level) / 2);
          sumZ += v * (pz + m20 * lx + m21 * ly + m22 * lz);
        }
      }
    }
  } else {
    // Cylinder (and capsule, approximated as a cylinder of the same height): slices along the axis.
    const r = spec.radius, h = spec.height;
    const ax = m01, ay = m11, az = m21; // the local Y axis in world space
    const absAy = Math.abs(ay);
    const across = r * Math.sqrt(Math.max(0, 1 - ay * ay));
    const halfExtentY = absAy * (h / 2) + across;
    if (py - halfExtentY >= level) return out;
    if (py + halfExtentY <= level) {
      out.volume = totalVolume;
      out.fraction = 1;
      return out;
    }
    const n = CYLINDER_SLICES;
    const t = h / n;
    const sliceV = totalVolume / n;
    const sliceHalfY = across + absAy * (t / 2);
    for (let i = 0; i < n; i++) {
      const s = -h / 2 + (i + 0.5) * t;
      const cy = py + ay * s;
      const bottom = cy - sliceHalfY;
      if (bottom >= level) continue;
      const top = cy + sliceHalfY;
      let f: number;
      if (top <= level) f = 1;
      else {
        const u = (level - bottom) / (top - bottom);
        // A disc standing on edge is cut as a circle; a flat one as a slab; blend between.
        f = (1 - absAy) * circularSegmentFraction(u) + absAy * u;
      }
      const v = sliceV * f;
      sumV += v;
      sumX += v * (px + ax * s);
      sumY += v * (top <= level ? cy : (bottom + level) / 2);
      sumZ += v * (pz + az * s);
    }
  }
  if (sumV > 0) {
    out.volume = sumV;
    out.fraction = Math.min(1, sumV / totalVolume);
    out.cx = sumX / sumV;
    out.cy = sumY / sumV;
    out.cz = sumZ / sumV;
  }
  return out;
}
