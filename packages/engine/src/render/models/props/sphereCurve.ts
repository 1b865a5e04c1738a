/** Curves on a ball's surface (the seams of tennis balls, baseballs and basketballs) drawn as chains of rods. */
import { add, cross, normalize, scale, sub, type Vec3 } from '../../../math/vec3.ts';
import type { Finish, Part } from '../../model/Part.ts';
import { decalLayer } from './decalLayer.ts';
import { rod } from './shapes.ts';

/**
 * The "tennis ball" curve on the unit sphere: two interlocking U shapes that split the ball
 * into two equal dog-bone halves. b is the lobe size (0.2..0.35 look right).
 */
export function tennisSeamPoint(t: number, b = 0.28): Vec3 {
  const a = 1 - b;
  return [a * Math.cos(t) + b * Math.cos(3 * t), a * Math.sin(t) - b * Math.sin(3 * t), 2 * Math.sqrt(a * b) * Math.sin(2 * t)];
}

/** Points of a closed curve given on the unit sphere, pushed to radius `radius`. */
export function sampleSphereCurve(curve: (t: number) => Vec3, radius: number, segments: number): Vec3[] {
  return Array.from({ length: segments + 1 }, (_, i) => scale(normalize(curve((i / segments) * Math.PI * 2)), radius));
}

/**
 * A seam of diameter d lying on a ball of radius r (flush with the surface, inside the ball).
 * `scale` turns design lengths into metres, for the decal layer that hides the far side.
 */
export function seam(curve: (t: number) => Vec3, r: number, d: number, colour: string, scaleToMetres: number, segments = 24, finish: Finish = 'matte'): Part[] {
  const pts = sampleSphereCurve(curve, r - d / 2, segments);
  const parts: Part[] = [];
  for (let i = 1; i < pts.length; i++) {
    const p = rod(pts[i - 1]!, pts[i]!, d, colour, finish);
    // Capsules, lengthened by d so consecutive segments overlap into one smooth line.
    const len = p.size[1] + d;
    parts.push({ ...p, shape: 'capsule', size: [d, len, d], layer: decalLayer(r * scaleToMetres, (len / 2) * 0.7 * scaleToMetres) });
  }
  return parts;
}

/** A great or small circle on the unit sphere around `axis` at height h (−1..1). */
export function circleOnSphere(axis: Vec3, h = 0): (t: number) => Vec3 {
  const n = normalize(axis);
  const helper: Vec3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const u = normalize(cross(n, helper));
  const v = cross(n, u);
  const rho = Math.sqrt(Math.max(0, 1 - h * h));
  return (t) => add(scale(n, h), add(scale(u, rho * Math.cos(t)), scale(v, rho * Math.sin(t))));
}

/** Red baseball stitches: little V-shaped rods straddling the seam curve. */
export function stitches(curve: (t: number) => Vec3, r: number, count: number, length: number, d: number, colour: string, scaleToMetres: number): Part[] {
  const layer = decalLayer(r * scaleToMetres, length * 0.5 * scaleToMetres);
  const parts: Part[] = [];
  for (let i = 0; i < count; i++) {
    const t = (i / count) * Math.PI * 2;
    const p = normalize(curve(t));
    const q = normalize(curve(t + 0.01));
    const tangent = normalize(sub(q, p));
    const side = normalize(cross(p, tangent));
    const base = scale(p, r - d / 2);
    for (const s of [-1, 1]) {
      const tip = add(base, add(scale(side, s * length), scale(tangent, length * 0.6)));
      const end = scale(normalize(tip), r - d / 2);
      parts.push(rod(base, end, d, colour, 'matte', layer));
    }
  }
  return parts;
}
