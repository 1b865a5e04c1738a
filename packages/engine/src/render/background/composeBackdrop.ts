/**
 * The layers of a setting's backdrop, back to front: sky, ground, far scenery, water,
 * structures. Built once per scene (camera-independent), drawn per camera pose.
 */
import type { Lighting } from '../lighting/Lighting.ts';
import type { BackdropLayer } from './BackdropView.ts';
import type { WaterBody } from '../../plan/scenePlanSchema.ts';
import type { BackgroundScene } from './BackgroundScene.ts';

/** The water a setting has when the plan leaves it out. */
const DEFAULT_WATER: Readonly<Record<string, WaterBody>> = {
  ocean: { kind: 'ocean', level: 0, depth: 6, density: 1025 },
  lake: { kind: 'lake', level: 0, depth: 3, density: 1000 },
  pond: { kind: 'pond', level: 0, depth: 1.5, density: 1000 },
  pool: { kind: 'pool', level: 0, depth: 2, density: 1000 },
  bathtub: { kind: 'bathtub', level: 0, depth: 0.4, density: 1000 },
};
import { cityBackdrop } from './settings/cityBackdrop.ts';
import { moonBackdrop, spaceBackdrop } from './settings/spaceBackdrops.ts';
import { bathroomBackdrop, kitchenBackdrop, livingRoomBackdrop, studioBackdrop } from './settings/interiorBackdrops.ts';
import { beachBackdrop, lakeBackdrop, oceanBackdrop, pondBackdrop, poolBackdrop, riverBackdrop } from './settings/waterBackdrops.ts';
import { desertBackdrop, forestBackdrop, meadowBackdrop, snowfieldBackdrop } from './settings/naturalBackdrops.ts';
import { GroundLayer } from './ground/GroundLayer.ts';
import { CloudLayer } from './sky/CloudLayer.ts';
import { LightningLayer } from './sky/LightningLayer.ts';
import { SkyLayer } from './sky/SkyLayer.ts';

export function composeBackdrop(scene: BackgroundScene, lighting: Lighting): BackdropLayer[] {
  const material = scene.groundMaterial;
  const water = scene.water[0];
  const layers: BackdropLayer[] = [];
  switch (scene.setting) {
    case 'forest':
      layers.push(...forestBackdrop(scene, material));
      break;
    case 'desert':
      layers.push(...desertBackdrop(scene, material));
      break;
    case 'snowfield':
      layers.push(...snowfieldBackdrop(scene, material));
      break;
    case 'living-room':
      return livingRoomBackdrop(scene);
    case 'kitchen':
      return kitchenBackdrop(scene);
    case 'bathtub':
      return bathroomBackdrop(scene, water ?? DEFAULT_WATER.bathtub!);
    case 'studio':
      return studioBackdrop(scene);
    case 'space':
      return [new SkyLayer(scene.seed, { fullSphere: true, starCount: 2400 }), ...spaceBackdrop(scene)];
    case 'moon':
      return [new SkyLayer(scene.seed, { fullSphere: true, starCount: 2000, horizonCut: true }), ...moonBackdrop(scene, material)];
    case 'city-street':
      layers.push(...cityBackdrop(scene, material));
      break;
    case 'beach':
      layers.push(...beachBackdrop(scene, material));
      break;
    case 'ocean':
      layers.push(...oceanBackdrop(scene, material, water ?? DEFAULT_WATER.ocean!));
      break;
    case 'lake':
      layers.push(...lakeBackdrop(scene, material, water ?? DEFAULT_WATER.lake!));
      break;
    case 'pond':
      layers.push(...pondBackdrop(scene, water ?? DEFAULT_WATER.pond!));
      break;
    case 'pool':
      layers.push(...poolBackdrop(scene, water ?? DEFAULT_WATER.pool!));
      break;
    default:
      if (water?.kind === 'river') layers.push(...riverBackdrop(scene, water));
      else layers.push(...meadowBackdrop(scene, material));
  }
  const ground = layers.find((l): l is GroundLayer => l instanceof GroundLayer);
  const sky = new SkyLayer(scene.seed, { fullSphere: false, starCount: 700, ground: ground ? (view) => ground.bandStops(view) : undefined });
  const clouds = new CloudLayer(scene, lighting);
  const storm = scene.weather === 'storm' ? [new LightningLayer(scene.seed)] : [];
  return [sky, ...layers, clouds, ...storm];
}
