/**
 * Settings by the water: a beach with the sea behind the sand, the open ocean, a lake under
 * mountains, a reedy pond, a river between banks and a garden swimming pool.
 */
import type { WaterBody } from '../../../plan/scenePlanSchema.ts';
import type { BackdropLayer } from '../BackdropView.ts';
import type { BackgroundScene } from '../BackgroundScene.ts';
import { GroundDetailLayer } from '../ground/GroundDetailLayer.ts';
import { GroundLayer } from '../ground/GroundLayer.ts';
import { BillboardLayer, scatterBillboards } from '../scenery/BillboardLayer.ts';
import { FacetLayer, quad, type Facet } from '../scenery/FacetLayer.ts';
import { GridLayer } from '../scenery/GridLayer.ts';
import { RingLayer } from '../scenery/RingLayer.ts';
import { hillProfile, mountainProfile, treeLineProfile } from '../scenery/ringProfiles.ts';
import { ShoreLayer } from '../water/ShoreLayer.ts';
import { ellipseOutline, rectOutline, WaterLayer } from '../water/WaterLayer.ts';

const FAR = 30000;

function headlands(s: number): RingLayer {
  return new RingLayer({ name: 'headlands', radius: 6000, heights: hillProfile(s + 11, 6000, -60, 160, 7), base: 0, albedo: '#5f7d86', style: 'plain', mist: 0.2, reflect: true, seed: s + 11 });
}

export function beachBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  const shore = -14;
  const far = headlands(s);
  return [
    new GroundLayer(s, { material: ground, mottle: 0.12, extent: 40 }),
    new GroundDetailLayer(s, [
      { kind: 'ripple', density: 0.4, size: 0.3, colours: ['#cfa874', '#f5e0b8'], max: 36 },
      { kind: 'shell', density: 0.15, size: 0.05, colours: ['#fff6ea', '#f0c8b0', '#d8d0c8'] },
      { kind: 'pebble', density: 0.06, size: 0.06, colours: ['#9a8a78'] },
    ], 18, (x, z) => z < shore + 1),
    new WaterLayer({ kind: 'ocean', level: 0, depth: 5, outline: rectOutline(-FAR, -FAR, FAR, shore), reflect: [far], seed: s }),
    far,
    new ShoreLayer(shore, '#e2c08a'),
    new BillboardLayer('palms', scatterBillboards(s, 'beach-palms', {
      kinds: [{ kind: 'palm', weight: 1, height: [6, 10], width: 0.55 }],
      count: 10, inner: 14, outer: 40, keepFront: true,
    }).filter((b) => b.z > shore + 3)),
  ];
}

export function oceanBackdrop(scene: BackgroundScene, ground: string, water: WaterBody): BackdropLayer[] {
  const s = scene.seed;
  const far = headlands(s);
  return [
    new GroundLayer(s, { material: ground, mottle: 0, extent: 10 }),
    new WaterLayer({ kind: water.kind, level: water.level, depth: water.depth, outline: rectOutline(-FAR, -FAR, FAR, FAR), reflect: [far], seed: s }),
    far,
  ];
}

export function lakeBackdrop(scene: BackgroundScene, ground: string, water: WaterBody): BackdropLayer[] {
  const s = scene.seed;
  const mountains = new RingLayer({ name: 'mountains', radius: 4000, heights: mountainProfile(s + 1, 4000, 1100, 12), base: -20, albedo: '#647592', style: 'mountain', snowLine: 700, mist: 0.3, reflect: true, seed: s + 1 });
  const trees = new RingLayer({ name: 'shore-trees', radius: 115, heights: treeLineProfile(s + 3, 115, { minHeight: 9, maxHeight: 17, conifers: 0.8, spacing: 4, undergrowth: 2 }), base: 0.5, albedo: '#2f5538', style: 'canopy', mist: 0.2, reflect: true, seed: s + 3 });
  const shore = new RingLayer({ name: 'shore', radius: 100, heights: hillProfile(s + 4, 100, 0.4, 1.6, 9), base: 0, albedo: '#9a9080', style: 'plain', mist: 0.05, reflect: true, seed: s + 4 });
  return [
    new GroundLayer(s, { material: ground, mottle: 0, extent: 10 }),
    mountains,
    trees,
    shore,
    new WaterLayer({ kind: water.kind, level: water.level, depth: water.depth, outline: ellipseOutline(0, 0, 100, 100, 120), reflect: [mountains, trees, shore], seed: s }),
  ];
}

export function pondBackdrop(scene: BackgroundScene, water: WaterBody): BackdropLayer[] {
  const s = scene.seed;
  const rx = 9;
  const rz = 7;
  const inPond = (x: number, z: number, k: number): boolean => (x / rx) ** 2 + ((z + 1) / rz) ** 2 < k * k;
  const hills = new RingLayer({ name: 'hills', radius: 700, heights: hillProfile(s + 2, 700, 8, 50, 9), base: 0, albedo: '#5c8a4c', style: 'plain', mist: 0.2, reflect: true, seed: s + 2 });
  const trees = new RingLayer({ name: 'tree-line', radius: 160, heights: treeLineProfile(s + 3, 160, { minHeight: 8, maxHeight: 15, conifers: 0.2, spacing: 6, undergrowth: 3 }), base: 0, albedo: '#3e6a36', style: 'canopy', mist: 0.15, reflect: true, seed: s + 3 });
  const reeds = scatterBillboards(s, 'pond-reeds', { kinds: [{ kind: 'reeds', weight: 1, height: [0.8, 1.6], width: 0.7 }], count: 260, inner: 4, outer: 12 })
    .filter((b) => inPond(b.x, b.z, 1.12) && !inPond(b.x, b.z, 0.97) && b.z < 2);
  return [
    new GroundLayer(s, { material: 'grass', mottle: 0.2, extent: 50 }),
    new GroundDetailLayer(s, [
      { kind: 'tuft', density: 2, size: 0.18, colours: ['#3f7a2a', '#5f9a38'] },
    ], 20, (x, z) => inPond(x, z, 1.1)),
    new GroundDetailLayer(s + 1, [
      { kind: 'pebble', density: 5, size: 0.14, colours: ['#8a8378', '#a39d92', '#6e685f'] },
    ], 12, (x, z) => !(inPond(x, z, 1.12) && !inPond(x, z, 0.95))),
    hills,
    trees,
    new BillboardLayer('pond-trees', scatterBillboards(s, 'pond-trees', {
      kinds: [{ kind: 'broadleaf', weight: 3, height: [6, 11], width: 0.9 }, { kind: 'bush', weight: 3, height: [1, 2], width: 1.5 }, { kind: 'conifer', weight: 1, height: [7, 12], width: 0.45 }],
      count: 60, inner: 22, outer: 70,
    })),
    new WaterLayer({ kind: water.kind, level: water.level, depth: water.depth, outline: ellipseOutline(0, -1, rx, rz, 72, 0.06, s % 7), reflect: [hills, trees], lilies: true, seed: s }),
    new BillboardLayer('reeds', reeds, false),
  ];
}

export function riverBackdrop(scene: BackgroundScene, water: WaterBody): BackdropLayer[] {
  const s = scene.seed;
  const hills = new RingLayer({ name: 'hills', radius: 800, heights: hillProfile(s + 2, 800, 10, 60, 9), base: 0, albedo: '#5c8a4c', style: 'plain', mist: 0.2, reflect: true, seed: s + 2 });
  const trees = new RingLayer({ name: 'tree-line', radius: 120, heights: treeLineProfile(s + 3, 120, { minHeight: 8, maxHeight: 16, conifers: 0.4, spacing: 5, undergrowth: 3 }), base: 0, albedo: '#3e6a36', style: 'canopy', mist: 0.15, reflect: true, seed: s + 3 });
  return [
    new GroundLayer(s, { material: 'grass', mottle: 0.2, extent: 50 }),
    new GroundDetailLayer(s, [{ kind: 'tuft', density: 2, size: 0.18, colours: ['#3f7a2a', '#5f9a38'] }], 20, (x, z) => z > -7.5 && z < 5.5),
    hills,
    trees,
    new WaterLayer({ kind: 'river', level: water.level, depth: water.depth, outline: rectOutline(-FAR, -7, FAR, 5), reflect: [hills, trees], seed: s }),
    new BillboardLayer('reeds', scatterBillboards(s, 'river-reeds', { kinds: [{ kind: 'reeds', weight: 1, height: [0.8, 1.5], width: 0.7 }], count: 300, inner: 4, outer: 30 })
      .filter((b) => (b.z < -6.6 && b.z > -8) || (b.z > 4.6 && b.z < 5.8)), false),
  ];
}

export function poolBackdrop(scene: BackgroundScene, water: WaterBody): BackdropLayer[] {
  const s = scene.seed;
  const [x0, z0, x1, z1] = [-4, -6, 4, 3];
  const c = 0.35;
  const lip = water.level + 0.06;
  const coping = '#f1ede4';
  const rim: Facet[] = [
    { points: quad([x0 - c, lip, z0 - c], [x1 + c, lip, z0 - c], [x1 + c, lip, z0], [x0 - c, lip, z0]), albedo: coping, normal: [0, 1, 0] },
    { points: quad([x0 - c, lip, z1], [x1 + c, lip, z1], [x1 + c, lip, z1 + c], [x0 - c, lip, z1 + c]), albedo: coping, normal: [0, 1, 0] },
    { points: quad([x0 - c, lip, z0], [x0, lip, z0], [x0, lip, z1], [x0 - c, lip, z1]), albedo: coping, normal: [0, 1, 0] },
    { points: quad([x1, lip, z0], [x1 + c, lip, z0], [x1 + c, lip, z1], [x1, lip, z1]), albedo: coping, normal: [0, 1, 0] },
    // The inner face of the far wall above the water, in the rim's shadow.
    { points: quad([x0, water.level, z0], [x1, water.level, z0], [x1, lip, z0], [x0, lip, z0]), albedo: '#c9c3b8', normal: [0, 0, 1], oneSided: true },
  ];
  const hedge = new RingLayer({ name: 'hedge', radius: 18, heights: hillProfile(s + 5, 18, 2.0, 2.6, 20), base: 0, albedo: '#3c6b34', style: 'canopy', mist: 0.02, seed: s + 5 });
  return [
    new GroundLayer(s, { material: 'tile', mottle: 0, extent: 20 }),
    new GridLayer('deck', [{ origin: [-16, 0, -16], u: [1, 0, 0], v: [0, 0, 1], lengthU: 32, lengthV: 32, stepU: 0.8, stepV: 0.8, colour: '#a89c88', normal: [0, 1, 0], width: 0.025, alpha: 0.6, seed: s }]),
    new RingLayer({ name: 'hills', radius: 900, heights: hillProfile(s + 2, 900, 15, 70, 9), base: 0, albedo: '#6a8f5a', style: 'plain', mist: 0.25, seed: s + 2 }),
    new BillboardLayer('palms', scatterBillboards(s, 'pool-palms', { kinds: [{ kind: 'palm', weight: 1, height: [6, 11], width: 0.55 }], count: 26, inner: 19, outer: 40 })),
    hedge,
    new WaterLayer({ kind: 'pool', level: water.level, depth: water.depth, outline: rectOutline(x0, z0, x1, z1), tiledBottom: true, seed: s }),
    new FacetLayer('coping', rim),
  ];
}
