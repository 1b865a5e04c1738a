/**
 * What the background of a shot is made of: the place, the time of day, the weather and
 * any body of water. Everything behind the entities is a pure function of this, the camera
 * and the time, so the same plan and seed always give the same backdrop.
 */
import type { Environment, TimeOfDay, WaterBody, Weather } from '../../plan/scenePlanSchema.ts';
import { settingOf } from '../../ontology/ontology.ts';

export interface BackgroundScene {
  /** A setting id from the ontology (beach, kitchen, space, …). */
  setting: string;
  timeOfDay: TimeOfDay;
  weather: Weather;
  /** At most one body of water; its surface is at y = level. */
  water: WaterBody[];
  /** The ground surface material (grass, sand, tile, wood, asphalt, snow, concrete, regolith, stone, ceramic, none). */
  groundMaterial: string;
  seed: number;
}

/** The background scene of a plan's environment (ground material from the setting). */
export function backgroundSceneOf(environment: Environment, seed: number): BackgroundScene {
  let ground = 'grass';
  try {
    ground = settingOf(environment.setting).ground;
  } catch {
    // An unknown setting keeps the generic outdoor ground.
  }
  return {
    setting: environment.setting,
    timeOfDay: environment.timeOfDay,
    weather: environment.weather,
    water: environment.water,
    groundMaterial: ground,
    seed,
  };
}
