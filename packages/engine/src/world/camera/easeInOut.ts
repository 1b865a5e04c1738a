/** Smooth start and stop for camera moves (smootherstep: zero velocity and acceleration at both ends). */
export function easeInOut(u: number): number {
  const x = Math.max(0, Math.min(1, u));
  return x * x * x * (x * (x * 6 - 15) + 10);
}

/** Progress 0..1 of a move over [start, start + duration] at time t, eased. */
export function moveProgress(t: number, start: number, duration: number): number {
  if (duration <= 1e-6) return t >= start ? 1 : 0;
  return easeInOut((t - start) / duration);
}
