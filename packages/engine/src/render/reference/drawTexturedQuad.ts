/**
 * A picture on a flat rectangle in the world (a product's print): the quad is cut into a grid
 * whose corners are projected with true perspective, and each grid triangle draws its piece of
 * the picture with an affine transform, clipped to the triangle. Seen from behind, the picture
 * is not mirrored (printed on both sides). Brightness follows the light on the face.
 */
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint, NEAR_PLANE } from '../../math/projectPoint.ts';
import { dot, sub, type Vec3 } from '../../math/vec3.ts';
import type { PartFrame } from '../parts/partFrame.ts';
import type { ShadeEnv } from '../parts/ShadeEnv.ts';

interface Pt {
  x: number;
  y: number;
}

export function drawTexturedQuad(ctx: SKRSContext2D, env: ShadeEnv, f: PartFrame, texture: Canvas): void {
  const toEye = sub(env.basis.eye, f.centre);
  const front = dot(f.z, toEye) >= 0;
  // From behind, the picture's right runs along -x so it reads the right way round.
  const ux: Vec3 = front ? f.x : [-f.x[0], -f.x[1], -f.x[2]];
  const corner = (u: number, v: number): Vec3 => {
    const a = (u - 0.5) * 2 * f.hx;
    const b = (0.5 - v) * 2 * f.hy;
    return [f.centre[0] + ux[0] * a + f.y[0] * b, f.centre[1] + ux[1] * a + f.y[1] * b, f.centre[2] + ux[2] * a + f.y[2] * b];
  };
  const probe = projectPoint(env.basis, f.centre);
  if (probe.depth <= NEAR_PLANE) return;
  const pxSize = Math.max(f.hx, f.hy) * 2 * probe.scale;
  const n = pxSize < 60 ? 2 : pxSize < 240 ? 4 : 6;
  const grid: Pt[] = [];
  for (let j = 0; j <= n; j++) {
    for (let i = 0; i <= n; i++) {
      const s = projectPoint(env.basis, corner(i / n, j / n));
      if (s.depth <= NEAR_PLANE) return;
      grid.push({ x: s.x, y: s.y });
    }
  }
  const normal: Vec3 = front ? f.z : [-f.z[0], -f.z[1], -f.z[2]];
  const lambert = Math.max(0, dot(normal, env.sun));
  const brightness = Math.min(1.15, 0.62 + 0.5 * lambert);
  const tw = texture.width, th = texture.height;
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  if (Math.abs(brightness - 1) > 0.02) ctx.filter = `brightness(${brightness.toFixed(2)})`;
  const at = (i: number, j: number) => grid[j * (n + 1) + i]!;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const u0 = (i / n) * tw, u1 = ((i + 1) / n) * tw, v0 = (j / n) * th, v1 = ((j + 1) / n) * th;
      drawTriangle(ctx, texture, [at(i, j), at(i + 1, j), at(i, j + 1)], [{ x: u0, y: v0 }, { x: u1, y: v0 }, { x: u0, y: v1 }]);
      drawTriangle(ctx, texture, [at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)], [{ x: u1, y: v0 }, { x: u1, y: v1 }, { x: u0, y: v1 }]);
    }
  }
  ctx.restore();
}

/** Draw the image triangle `src` onto the screen triangle `dst` (affine), clipped to it (grown by half a pixel to hide seams). */
function drawTriangle(ctx: SKRSContext2D, image: Canvas, dst: readonly [Pt, Pt, Pt], src: readonly [Pt, Pt, Pt]): void {
  const [d0, d1, d2] = dst;
  const [s0, s1, s2] = src;
  const den = (s1.x - s0.x) * (s2.y - s0.y) - (s2.x - s0.x) * (s1.y - s0.y);
  if (Math.abs(den) < 1e-9) return;
  const area = (d1.x - d0.x) * (d2.y - d0.y) - (d2.x - d0.x) * (d1.y - d0.y);
  if (Math.abs(area) < 0.05) return;
  // Affine map (x, y) in the image → screen: solve for a, b, c, d, e, f.
  const a = ((d1.x - d0.x) * (s2.y - s0.y) - (d2.x - d0.x) * (s1.y - s0.y)) / den;
  const b = ((d1.y - d0.y) * (s2.y - s0.y) - (d2.y - d0.y) * (s1.y - s0.y)) / den;
  const c = ((d2.x - d0.x) * (s1.x - s0.x) - (d1.x - d0.x) * (s2.x - s0.x)) / den;
  const d = ((d2.y - d0.y) * (s1.x - s0.x) - (d1.y - d0.y) * (s2.x - s0.x)) / den;
  const e = d0.x - a * s0.x - c * s0.y;
  const f = d0.y - b * s0.x - d * s0.y;
  const cx = (d0.x + d1.x + d2.x) / 3, cy = (d0.y + d1.y + d2.y) / 3;
  const grow = (p: Pt): Pt => {
    const dx = p.x - cx, dy = p.y - cy;
    const len = Math.hypot(dx, dy) || 1;
    return { x: p.x + (dx / len) * 0.6, y: p.y + (dy / len) * 0.6 };
  };
  const g0 = grow(d0), g1 = grow(d1), g2 = grow(d2);
  ctx.save();
  ctx.beginPath();
  ctx.moveTo(g0.x, g0.y);
  ctx.lineTo(g1.x, g1.y);
  ctx.lineTo(g2.x, g2.y);
  ctx.closePath();
  ctx.clip();
  ctx.transform(a, b, c, d, e, f);
  ctx.drawImage(image, 0, 0);
  ctx.restore();
}
