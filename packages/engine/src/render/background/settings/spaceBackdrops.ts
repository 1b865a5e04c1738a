/**
 * Beyond the air: deep space (stars all round, the Milky Way, nebulae and the Earth below)
 * and the Moon (grey cratered regolith, low rims on the near horizon, a black starry sky
 * with the Earth hanging in it).
 */
import type { BackdropLayer } from '../BackdropView.ts';
import type { BackgroundScene } from '../BackgroundScene.ts';
import { GroundDetailLayer } from '../ground/GroundDetailLayer.ts';
import { GroundLayer } from '../ground/GroundLayer.ts';
import { RingLayer } from '../scenery/RingLayer.ts';
import { hillProfile } from '../scenery/ringProfiles.ts';
import { BillboardLayer, scatterBillboards } from '../scenery/BillboardLayer.ts';
import { CraterLayer } from '../ground/CraterLayer.ts';
import { NebulaLayer } from '../space/NebulaLayer.ts';
import { PlanetLayer } from '../space/PlanetLayer.ts';

export function spaceBackdrop(scene: BackgroundScene): BackdropLayer[] {
  return [new NebulaLayer(scene.seed, 1.6), new PlanetLayer(scene.seed, [0.18, -0.95, -1], 24)];
}

export function moonBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  return [
    new NebulaLayer(s, 0.35),
    new PlanetLayer(s, [-0.13, 0.24, -1], 2.6),
    new GroundLayer(s, { material: ground, mottle: 0.35, extent: 60, paintBase: true }),
    new CraterLayer(s, 70),
    new GroundDetailLayer(s, [{ kind: 'moon-rock', density: 0.5, size: 0.1, colours: ['#8a8782', '#a5a29c', '#6f6c68'] }], 18),
    new RingLayer({ name: 'rims', radius: 2200, heights: hillProfile(s + 1, 2200, 0, 160, 12), base: -10, albedo: '#7d7a76', style: 'plain', mist: 0, seed: s + 1 }),
    new RingLayer({ name: 'near-rims', radius: 420, heights: hillProfile(s + 2, 420, 0, 14, 16), base: -2, albedo: '#97948f', style: 'plain', mist: 0, seed: s + 2 }),
    new BillboardLayer('boulders', scatterBillboards(s, 'moon-boulders', { kinds: [{ kind: 'rock', weight: 1, height: [0.4, 2.2], width: 1.7 }], count: 60, inner: 18, outer: 140 })),
  ];
}
