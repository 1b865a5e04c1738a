/**
 * Exact perspective outline of an ellipsoid (or of a flat disc, when one semi-axis is zero).
 * Under a pinhole camera an ellipsoid's silhouette is a conic: with the ellipsoid
 * x = c + A·u (|u| = 1) in camera space and K the intrinsics, the dual conic of the outline is
 * C* = K (A·Aᵀ − c·cᵀ) Kᵀ. Its centre is the pole of the line at infinity and its 2×2 block,
 * after moving to that centre, holds the squared semi-axes.
 */
import { toView, type ViewBasis } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';

export interface ScreenEllipse {
  cx: number;
  cy: number;
  /** Semi-axes in pixels; rx is the larger. */
  rx: number;
  ry: number;
  /** Rotation of the rx axis from screen +x, clockwise (canvas convention, y down). */
  angle: number;
}

function viewVector(basis: ViewBasis, v: Vec3): Vec3 {
  return [
    v[0] * basis.right[0] + v[1] * basis.right[1] + v[2] * basis.right[2],
    v[0] * basis.up[0] + v[1] * basis.up[1] + v[2] * basis.up[2],
    v[0] * basis.forward[0] + v[1] * basis.forward[1] + v[2] * basis.forward[2],
  ];
}

/**
 * `axes` are the three semi-axis vectors in world space (length = radius along that axis).
 * Returns null when the shape touches or crosses the camera plane (its outline is then not an ellipse).
 */
export function projectEllipsoid(basis: ViewBasis, centre: Vec3, axes: readonly [Vec3, Vec3, Vec3]): ScreenEllipse | null {
  const c = toView(basis, centre);
  // S = Σ aᵢaᵢᵀ − ccᵀ in camera space (x right, y up, z depth).
  let s00 = -c[0] * c[0], s01 = -c[0] * c[1], s02 = -c[0] * c[2];
  let s11 = -c[1] * c[1], s12 = -c[1] * c[2], s22 = -c[2] * c[2];
  for (const axis of axes) {
    const a = viewVector(basis, axis);
    s00 += a[0] * a[0]; s01 += a[0] * a[1]; s02 += a[0] * a[2];
    s11 += a[1] * a[1]; s12 += a[1] * a[2]; s22 += a[2] * a[2];
  }
  if (s22 >= -1e-9 || c[2] <= 0) return null;
  // K = [[f,0,cx],[0,-f,cy],[0,0,1]]; C* = K S Kᵀ.
  const f = basis.focal, px = basis.cx, py = basis.cy;
  // rows of K·S
  const k00 = f * s00 + px * s02, k01 = f * s01 + px * s12, k02 = f * s02 + px * s22;
  const k10 = -f * s01 + py * s02, k11 = -f * s11 + py * s12, k12 = -f * s12 + py * s22;
  const k20 = s02, k21 = s12, k22 = s22;
  // (K S) Kᵀ
  const d00 = k00 * f + k02 * px;
  const d01 = -k01 * f + k02 * py;
  const d02 = k02;
  const d11 = -k11 * f + k12 * py;
  const d12 = k12;
  const d22 = k22;
  void k10; void k20; void k21;
  const ux = d02 / d22;
  const uy = d12 / d22;
  // Translate to the centre: C*' = H C* Hᵀ with H = [[1,0,-ux],[0,1,-uy],[0,0,1]].
  const t00 = d00 - 2 * ux * d02 + ux * ux * d22;
  const t01 = d01 - ux * d12 - uy * d02 + ux * uy * d22;
  const t11 = d11 - 2 * uy * d12 + uy * uy * d22;
  const n = -d22;
  const p = t00 / n, q = t01 / n, r = t11 / n;
  const mean = (p + r) / 2;
  const diff = Math.sqrt(((p - r) / 2) ** 2 + q * q);
  const l1 = mean + diff;
  const l2 = mean - diff;
  if (!(l1 > 0)) return null;
  return { cx: ux, cy: uy, rx: Math.sqrt(l1), ry: Math.sqrt(Math.max(0, l2)), angle: 0.5 * Math.atan2(2 * q, p - r) };
}
