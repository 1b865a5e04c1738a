/**
 * Equal-power pan law: a source moving across the screen keeps the same loudness.
 * pan −1 = hard left, 0 = centre (both channels at −3 dB), +1 = hard right.
 */
export function equalPowerPan(pan: number): { left: number; right: number } {
  const p = Math.max(-1, Math.min(1, pan));
  const angle = ((p + 1) * Math.PI) / 4;
  return { left: Math.cos(angle), right: Math.sin(angle) };
}
