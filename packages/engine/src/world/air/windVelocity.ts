/** The wind of a plan as a velocity vector, and the air the world has. */
import type { Vec3 } from '../../math/vec3.ts';
import type { Environment } from '../../plan/scenePlanSchema.ts';
import { DEG, detCos, detSin } from '../math/deterministicTrig.ts';

/** kg/m³ at sea level. */
export const AIR_DENSITY = 1.225;

/** Settings without an atmosphere: no air drag, no wind, no balloon lift. */
const AIRLESS_SETTINGS = new Set(['space', 'moon']);

export function airDensityOf(environment: Environment): number {
  return AIRLESS_SETTINGS.has(environment.setting) ? 0 : AIR_DENSITY;
}

/**
 * Wind velocity in m/s. Direction is the compass angle the wind blows towards:
 * 0° = +x (screen right), 90° = −z (away from the camera).
 */
export function windVelocity(wind: Environment['wind']): Vec3 {
  const a = wind.direction * DEG;
  return [wind.speed * detCos(a), 0, -wind.speed * detSin(a)];
}
