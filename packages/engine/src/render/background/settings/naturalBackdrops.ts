/**
 * Open landscapes: meadow hills under far mountains, a forest edge in layers of trees,
 * desert dunes and mesas, snowfields below white peaks.
 */
import type { BackdropLayer } from '../BackdropView.ts';
import type { BackgroundScene } from '../BackgroundScene.ts';
import { GroundDetailLayer } from '../ground/GroundDetailLayer.ts';
import { GroundLayer } from '../ground/GroundLayer.ts';
import { BillboardLayer, scatterBillboards } from '../scenery/BillboardLayer.ts';
import { RingLayer } from '../scenery/RingLayer.ts';
import { duneProfile, hillProfile, mountainProfile, treeLineProfile } from '../scenery/ringProfiles.ts';

export function meadowBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  return [
    new GroundLayer(s, { material: ground, mottle: 0.22, extent: 60 }),
    new GroundDetailLayer(s, [
      { kind: 'tuft', density: 2.2, size: 0.18, colours: ['#3f7a2a', '#5f9a38', '#4d8a30'] },
      { kind: 'flower', density: 0.35, size: 0.06, colours: ['#ffffff', '#ffd84a', '#f28ab2', '#b48ae8'] },
    ], 20),
    new RingLayer({ name: 'mountains', radius: 5000, heights: mountainProfile(s + 1, 5000, 900, 16), base: -40, albedo: '#6f7f99', style: 'mountain', snowLine: 620, mist: 0.3, reflect: true, seed: s + 1 }),
    new RingLayer({ name: 'far-hills', radius: 900, heights: hillProfile(s + 2, 900, 10, 70, 11), base: 0, albedo: '#5d8a4a', style: 'plain', mist: 0.2, reflect: true, seed: s + 2 }),
    new RingLayer({ name: 'far-trees', radius: 420, heights: treeLineProfile(s + 3, 420, { minHeight: 8, maxHeight: 16, conifers: 0.3, spacing: 14, undergrowth: 3 }), base: 0, albedo: '#3f6b35', style: 'canopy', mist: 0.12, reflect: true, seed: s + 3 }),
    new RingLayer({ name: 'near-hills', radius: 160, heights: hillProfile(s + 4, 160, 0.5, 9, 7), base: 0, albedo: '#5e9a3c', style: 'plain', mist: 0.05, reflect: false, seed: s + 4 }),
    new BillboardLayer('lone-trees', scatterBillboards(s, 'meadow-trees', {
      kinds: [{ kind: 'broadleaf', weight: 3, height: [7, 12], width: 0.9 }, { kind: 'bush', weight: 4, height: [1.2, 2.2], width: 1.6 }, { kind: 'conifer', weight: 1, height: [8, 13], width: 0.45 }],
      count: 70, inner: 30, outer: 150,
    })),
  ];
}

export function forestBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  return [
    new GroundLayer(s, { material: ground, mottle: 0.28, extent: 50 }),
    new GroundDetailLayer(s, [
      { kind: 'leaf', density: 1.2, size: 0.1, colours: ['#8a5a2a', '#a8742e', '#6b4a26'] },
      { kind: 'tuft', density: 1.6, size: 0.22, colours: ['#2f6a28', '#3f7a2e'] },
    ], 20),
    new RingLayer({ name: 'hills', radius: 2500, heights: hillProfile(s + 2, 2500, 60, 260, 10), base: -20, albedo: '#456a4e', style: 'plain', mist: 0.35, reflect: true, seed: s + 2 }),
    new RingLayer({ name: 'trees-far', radius: 190, heights: treeLineProfile(s + 3, 190, { minHeight: 14, maxHeight: 24, conifers: 0.7, spacing: 4, undergrowth: 7 }), base: 0, albedo: '#3d6a4a', style: 'canopy', mist: 0.3, reflect: true, seed: s + 3 }),
    new RingLayer({ name: 'trees-mid', radius: 75, heights: treeLineProfile(s + 4, 75, { minHeight: 11, maxHeight: 19, conifers: 0.6, spacing: 3.6, undergrowth: 4 }), base: 0, albedo: '#355c3c', style: 'canopy', mist: 0.25, reflect: true, seed: s + 4 }),
    new BillboardLayer('trees-near', scatterBillboards(s, 'forest-trees', {
      kinds: [{ kind: 'conifer', weight: 5, height: [9, 17], width: 0.42 }, { kind: 'broadleaf', weight: 3, height: [8, 13], width: 0.85 }, { kind: 'bush', weight: 4, height: [1, 2.4], width: 1.5 }],
      count: 170, inner: 26, outer: 58,
    })),
  ];
}

export function desertBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  return [
    new GroundLayer(s, { material: ground, mottle: 0.14, extent: 60 }),
    new GroundDetailLayer(s, [
      { kind: 'ripple', density: 0.5, size: 0.35, colours: ['#c9a06a', '#f3dcae'], max: 36 },
      { kind: 'pebble', density: 0.1, size: 0.06, colours: ['#a88a66', '#8a7458'] },
    ], 22),
    new RingLayer({ name: 'mesas', radius: 6000, heights: mesaHeights(s + 1, 6000), base: -30, albedo: '#b86d4a', style: 'mountain', mist: 0.35, seed: s + 1 }),
    new RingLayer({ name: 'far-dunes', radius: 700, heights: duneProfile(s + 2, 700, 45, 26), base: 0, albedo: '#dcae74', style: 'dunes', mist: 0.15, seed: s + 2 }),
    new RingLayer({ name: 'near-dunes', radius: 180, heights: duneProfile(s + 3, 180, 14, 18), base: 0, albedo: '#e4b97e', style: 'dunes', mist: 0.06, seed: s + 3 }),
    new BillboardLayer('cacti', scatterBillboards(s, 'desert-cacti', {
      kinds: [{ kind: 'cactus', weight: 2, height: [3, 6], width: 0.6 }, { kind: 'rock', weight: 3, height: [0.5, 2], width: 1.8 }],
      count: 50, inner: 25, outer: 160,
    })),
  ];
}

export function snowfieldBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  return [
    new GroundLayer(s, { material: ground, mottle: 0.18, extent: 60 }),
    new GroundDetailLayer(s, [
      { kind: 'drift', density: 0.35, size: 0.5, colours: ['#b8c8e8', '#ffffff'], max: 28 },
      { kind: 'glint', density: 1.5, size: 0.02, colours: ['#ffffff'], max: 60 },
    ], 20),
    new RingLayer({ name: 'peaks', radius: 5000, heights: mountainProfile(s + 1, 5000, 1500, 13), base: -60, albedo: '#5e6f8e', style: 'mountain', snowLine: 380, mist: 0.25, seed: s + 1 }),
    new RingLayer({ name: 'foothills', radius: 1200, heights: mountainProfile(s + 2, 1200, 160, 18), base: -10, albedo: '#7d8ca8', style: 'mountain', snowLine: 30, mist: 0.3, seed: s + 2 }),
    new RingLayer({ name: 'pines', radius: 260, heights: treeLineProfile(s + 3, 260, { minHeight: 9, maxHeight: 18, conifers: 1, spacing: 5, undergrowth: 0.5 }), base: 0, albedo: '#2b4638', style: 'canopy', mist: 0.15, seed: s + 3 }),
    new RingLayer({ name: 'drifts', radius: 110, heights: hillProfile(s + 4, 110, 0.3, 4, 8), base: 0, albedo: '#eef3fb', style: 'plain', mist: 0.02, seed: s + 4 }),
    new BillboardLayer('snowy-pines', scatterBillboards(s, 'snow-pines', {
      kinds: [{ kind: 'snowy-conifer', weight: 1, height: [6, 14], width: 0.45 }],
      count: 60, inner: 35, outer: 100,
    })),
  ];
}

/** Flat-topped desert buttes: a few plateaus with steep sides. */
function mesaHeights(seed: number, radius: number): Float32Array {
  const base = hillProfile(seed, radius, 0, 1, 20);
  const n = base.length;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const v = base[i]!;
    out[i] = v > 0.55 ? 260 + 40 * (v - 0.55) : v > 0.45 ? 260 * ((v - 0.45) / 0.1) : 20 * v;
  }
  return out;
}
