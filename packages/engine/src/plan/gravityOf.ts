import type { Environment } from './scenePlanSchema.ts';

/** Downward gravitational acceleration in m/s² for a plan's gravity setting. */
export function gravityOf(gravity: Environment['gravity']): number {
  if (typeof gravity === 'number') return gravity;
  return gravity === 'normal' ? 9.81 : gravity === 'low' ? 1.62 : 0;
}
