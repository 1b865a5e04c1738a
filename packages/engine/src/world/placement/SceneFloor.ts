/** Where things can rest: the ground (or the floor under the water) and the water surface. */
import type { ScenePlan } from '../../plan/scenePlanSchema.ts';
import { settingOf } from '../../ontology/ontology.ts';

export interface SceneFloor {
  /** Height of the surface things rest on: 0, or the bottom of the water (level − depth). */
  groundY: number;
  /** False in space: nothing to stand on. */
  hasGround: boolean;
  /** Ground material id, or "none". */
  groundMaterial: string;
  water?: { level: number; depth: number; density: number };
  /** Height of the room's ceiling indoors (what a balloon bumps into, what the camera stays under). */
  ceilingY?: number;
}

/**
 * Ceiling heights of the rooms the backdrops draw (render/background/settings/interiorBackdrops.ts):
 * the living room 2.9 m, the kitchen 2.8 m, the bathroom 2.5 m above a floor 0.1 m below the
 * bottom of the tub. The studio's backdrop has no ceiling.
 */
const CEILINGS: Readonly<Record<string, (water: SceneFloor['water']) => number>> = {
  'living-room': () => 2.9,
  kitchen: () => 2.8,
  bathtub: (w) => (w ? w.level - w.depth - 0.1 : 0) + 2.5,
};

/** The floor of a plan: the setting's ground, lowered to the bottom of the water where there is water. */
export function sceneFloorOf(plan: ScenePlan): SceneFloor {
  const settingGround = settingOf(plan.environment.setting).ground;
  // A plan may name the ground's material ("a wooden floor"), but space has no ground to cover.
  const groundMaterial = settingGround === 'none' ? 'none' : (plan.environment.ground ?? settingGround);
  const w = plan.environment.water[0];
  const hasGround = groundMaterial !== 'none';
  const water = w ? { level: w.level, depth: w.depth, density: w.density } : undefined;
  const ceiling = CEILINGS[plan.environment.setting];
  return {
    groundY: w ? w.level - w.depth : 0,
    hasGround,
    groundMaterial,
    water,
    ...(ceiling ? { ceilingY: ceiling(water) } : {}),
  };
}
