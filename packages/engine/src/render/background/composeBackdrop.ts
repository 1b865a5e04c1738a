/**
 * The layers of a setting's backdrop, back to front: sky, ground, far scenery, water,
 * structures. Built once per scene (camera-independent), drawn per camera pose.
 */
import type { Lighting } from '../lighting/Lighting.ts';
import type { BackdropLayer } from './BackdropView.ts';
import type { BackgroundScene } from './BackgroundScene.ts';
import { desertBackdrop, forestBackdrop, meadowBackdrop, snowfieldBackdrop } from './settings/naturalBackdrops.ts';
import { GroundLayer } from './ground/GroundLayer.ts';
import { SkyLayer } from './sky/SkyLayer.ts';

export function composeBackdrop(scene: BackgroundScene, lighting: Lighting): BackdropLayer[] {
  const material = scene.groundMaterial;
  const layers: BackdropLayer[] = [];
  void lighting;
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
    default:
      layers.push(...meadowBackdrop(scene, material));
  }
  const ground = layers.find((l): l is GroundLayer => l instanceof GroundLayer);
  const sky = new SkyLayer(scene.seed, { fullSphere: false, starCount: 700, ground: ground ? (view) => ground.bandStops(view) : undefined });
  return [sky, ...layers];
}
