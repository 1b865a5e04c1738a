/**
 * Vertical damping of a body floating at the surface: the waves it makes carry away the
 * energy of its bobbing. Half of critical damping for the spring the water makes (stiffness
 * ρ g A_waterline), limited so one step of length dt can at most halve the vertical speed.
 * Returns the vertical force (N).
 */
export const HEAVE_DAMPING_RATIO = 0.5;

export function heaveDamping(vy: number, stiffness: number, mass: number, dt: number): number {
  const c = Math.min(2 * HEAVE_DAMPING_RATIO * Math.sqrt(stiffness * mass), (0.5 * mass) / dt);
  return -c * vy;
}
