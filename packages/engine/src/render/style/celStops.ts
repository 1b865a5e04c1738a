/**
 * Gradient stops for cel shading: the shading is sampled finely along the gradient (normals
 * interpolated between the given samples) and each change of tone becomes a hard step, so a
 * curved part shows a few flat bands instead of a smooth ramp.
 */
import type { Vec3 } from '../../math/vec3.ts';

const SAMPLES = 24;

export function celStops(ts: readonly number[], normals: readonly Vec3[], colourAt: (n: Vec3) => string): [number, string][] {
  const stops: [number, string][] = [];
  if (ts.length === 0) return stops;
  let seg = 0;
  let prev = '';
  for (let i = 0; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    while (seg < ts.length - 2 && t > ts[seg + 1]!) seg++;
    const t0 = ts[seg]!, t1 = ts[Math.min(ts.length - 1, seg + 1)]!;
    const k = t1 > t0 ? Math.max(0, Math.min(1, (t - t0) / (t1 - t0))) : 0;
    const a = normals[seg]!, b = normals[Math.min(normals.length - 1, seg + 1)]!;
    const n: Vec3 = [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
    const l = Math.hypot(n[0], n[1], n[2]) || 1;
    const c = colourAt([n[0] / l, n[1] / l, n[2] / l]);
    if (i === 0) stops.push([0, c]);
    else if (c !== prev) {
      const edge = (i - 0.5) / SAMPLES;
      stops.push([edge, prev], [edge, c]);
    }
    prev = c;
  }
  stops.push([1, prev]);
  return stops;
}
