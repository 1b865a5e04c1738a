/**
 * Typed access to the ontology data files (materials, kinds, settings). The data lives in
 * JSON so it can be extended without touching code; this module only gives it types.
 */
import materialsJson from './materials.json' with { type: 'json' };
import kindsJson from './kinds.json' with { type: 'json' };
import settingsJson from './settings.json' with { type: 'json' };

/** One vibration mode of a struck object: [frequency Hz at ~0.25 m, decay 1/s, relative amplitude]. */
export type SoundMode = readonly [number, number, number];

export interface MaterialProperties {
  density: number;
  restitution: number;
  friction: number;
  roughness: number;
  modes: readonly SoundMode[];
}

export type ColliderSpec =
  | { shape: 'ball'; radius: number }
  | { shape: 'box'; size: readonly [number, number, number] }
  | { shape: 'cylinder'; radius: number; height: number }
  | { shape: 'capsule'; radius: number; height: number };

export type KindCategory = 'ball' | 'prop' | 'furniture' | 'vehicle' | 'plant' | 'static' | 'character' | 'animal';
export type Mobility = 'dynamic' | 'character' | 'static';

export interface KindProperties {
  category: KindCategory;
  mobility: Mobility;
  collider: ColliderSpec;
  material: string;
  colour: string;
  /** Mass in kg at size 1 (hollow objects); otherwise density × volume. */
  mass?: number;
  restitution?: number;
  /** Upward buoyant lift in newtons at size 1 (helium balloons). */
  lift?: number;
  /** How it lies when nothing else decides: 'upright' (default, as the collider is given) or 'side' (a log). */
  rest?: 'upright' | 'side';
  /** How several of the kind are set up together: a domino 'chain', a bowling-pin 'rack'. */
  arrangement?: 'chain' | 'rack';
}

export interface WaterSpec {
  kind: string;
  level: number;
  depth: number;
  density: number;
}

export interface SettingProperties {
  ground: string;
  indoor: boolean;
  water?: WaterSpec;
  gravity?: 'normal' | 'low' | 'zero';
  ambience: readonly (readonly [string, number])[];
}

export const MATERIALS = materialsJson.materials as unknown as Readonly<Record<string, MaterialProperties>>;
export const KINDS = kindsJson.kinds as unknown as Readonly<Record<string, KindProperties>>;
export const SETTINGS = settingsJson.settings as unknown as Readonly<Record<string, SettingProperties>>;

export const MATERIAL_IDS = Object.keys(MATERIALS);
export const KIND_IDS = Object.keys(KINDS);
export const SETTING_IDS = Object.keys(SETTINGS);

export function materialOf(id: string): MaterialProperties {
  const m = MATERIALS[id];
  if (!m) throw new Error(`unknown material "${id}"`);
  return m;
}

export function kindOf(id: string): KindProperties {
  const k = KINDS[id];
  if (!k) throw new Error(`unknown kind "${id}"`);
  return k;
}

export function settingOf(id: string): SettingProperties {
  const s = SETTINGS[id];
  if (!s) throw new Error(`unknown setting "${id}"`);
  return s;
}
