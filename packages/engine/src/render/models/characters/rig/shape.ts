/** Small shaping helpers shared by the character rigs. */

/** 0 → 0, 1 → 1 with zero slope at both ends. */
export function smoothstep(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x * x * (3 - 2 * x);
}

/** A smooth hump of height 1 centred on `centre` (radians around a cycle), `halfWidth` wide each side. */
export function cycleBump(angle: number, centre: number, halfWidth: number): number {
  const tau = Math.PI * 2;
  let d = (angle - centre) % tau;
  if (d > Math.PI) d -= tau;
  if (d < -Math.PI) d += tau;
  if (Math.abs(d) >= halfWidth) return 0;
  const c = Math.cos((d / halfWidth) * (Math.PI / 2));
  return c * c;
}

/** Phase in cycles, wrapped into [0, 1). */
export function wrapPhase(phase: number): number {
  const p = phase % 1;
  return p < 0 ? p + 1 : p;
}

/** Linear interpolation. */
export const mix = (a: number, b: number, t: number): number => a + (b - a) * t;

/**
 * Values at keyframes around a cycle (phase 0..1), eased between neighbours; the last key
 * wraps to the first so the cycle loops.
 */
export function keyframes(phase: number, keys: readonly (readonly [number, number])[]): number {
  const p = wrapPhase(phase);
  for (let i = 0; i < keys.length; i++) {
    const [t0, v0] = keys[i]!;
    const [t1raw, v1] = keys[(i + 1) % keys.length]!;
    const t1 = i + 1 < keys.length ? t1raw : t1raw + 1;
    if (p >= t0 && p < t1) return mix(v0, v1, smoothstep((p - t0) / (t1 - t0)));
  }
  const [tl, vl] = keys[keys.length - 1]!;
  const [tf, vf] = keys[0]!;
  // Before the first key: between the last key (previous cycle) and the first.
  return mix(vl, vf, smoothstep((p + 1 - tl) / (tf + 1 - tl)));
}
