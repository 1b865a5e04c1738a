/**
 * Reads `signal` every `step` samples (step > 1 plays it faster, < 1 slower) with cubic
 * (Catmull-Rom) interpolation, into `length` samples (default: as many as the signal gives).
 */
export function resampleCubic(signal: Float32Array, step: number, length = Math.floor(signal.length / step)): Float32Array {
  const out = new Float32Array(length);
  const at = (i: number) => signal[Math.max(0, Math.min(signal.length - 1, i))]!;
  for (let n = 0; n < out.length; n++) {
    const x = n * step;
    const i = Math.floor(x);
    const t = x - i;
    const p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
    out[n] = p1 + 0.5 * t * (p2 - p0 + t * (2 * p0 - 5 * p1 + 4 * p2 - p3 + t * (3 * (p1 - p2) + p3 - p0)));
  }
  return out;
}
