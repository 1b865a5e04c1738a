/**
 * Open landscapes: meadow hills under far mountains, a forest edge in layers of trees,
 * desert dunes and mesas, snowfields below white peaks.
 */
import type { BackdropLayer } from '../BackdropView.ts';
import type { BackgroundScene } from '../BackgroundScene.ts';
import { GroundLayer } from '../ground/GroundLayer.ts';
import { RingLayer } from '../scenery/RingLayer.ts';
import { duneProfile, hillProfile, mountainProfile, treeLineProfile } from '../scenery/ringProfiles.ts';

export function meadowBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  return [
    new GroundLayer(s, { material: ground, mottle: 0.22, extent: 60 }),
    new RingLayer({ name: 'mountains', radius: 5000, heights: mountainProfile(s + 1, 5000, 900, 16), base: -40, albedo: '#6f7f99', style: 'mountain', snowLine: 620, mist: 0.3, reflect: true, seed: s + 1 }),
    new RingLayer({ name: 'far-hills', radius: 900, heights: hillProfile(s + 2, 900, 10, 70, 11), base: 0, albedo: '#5d8a4a', style: 'plain', mist: 0.2, reflect: true, seed: s + 2 }),
    new RingLayer({ name: 'far-trees', radius: 420, heights: treeLineProfile(s + 3, 420, { minHeight: 8, maxHeight: 16, conifers: 0.3, spacing: 14, undergrowth: 3 }), base: 0, albedo: '#3f6b35', style: 'canopy', mist: 0.12, reflect: true, seed: s + 3 }),
    new RingLayer({ name: 'near-hills', radius: 160, heights: hillProfile(s + 4, 160, 0.5, 9, 7), base: 0, albedo: '#5e9a3c', style: 'plain', mist: 0.05, reflect: false, seed: s + 4 }),
  ];
}

export function forestBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  return [
    new GroundLayer(s, { material: ground, mottle: 0.28, extent: 50 }),
    new RingLayer({ name: 'hills', radius: 2500, heights: hillProfile(s + 2, 2500, 60, 260, 10), base: -20, albedo: '#456a4e', style: 'plain', mist: 0.35, reflect: true, seed: s + 2 }),
    new RingLayer({ name: 'trees-far', radius: 140, heights: treeLineProfile(s + 3, 140, { minHeight: 14, maxHeight: 26, conifers: 0.7, spacing: 3.5, undergrowth: 6 }), base: 0, albedo: '#35593a', style: 'canopy', mist: 0.25, reflect: true, seed: s + 3 }),
    new RingLayer({ name: 'trees-mid', radius: 75, heights: treeLineProfile(s + 4, 75, { minHeight: 12, maxHeight: 22, conifers: 0.6, spacing: 3.2, undergrowth: 4 }), base: 0, albedo: '#2f5232', style: 'canopy', mist: 0.2, reflect: true, seed: s + 4 }),
    new RingLayer({ name: 'trees-near', radius: 42, heights: treeLineProfile(s + 5, 42, { minHeight: 10, maxHeight: 19, conifers: 0.5, spacing: 3.6, undergrowth: 2.5 }), base: 0, albedo: '#2a4a2b', style: 'canopy', mist: 0.15, reflect: true, seed: s + 5 }),
  ];
}

export function desertBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  return [
    new GroundLayer(s, { material: ground, mottle: 0.14, extent: 60 }),
    new RingLayer({ name: 'mesas', radius: 6000, heights: mesaHeights(s + 1, 6000), base: -30, albedo: '#b86d4a', style: 'mountain', mist: 0.35, seed: s + 1 }),
    new RingLayer({ name: 'far-dunes', radius: 700, heights: duneProfile(s + 2, 700, 45, 26), base: 0, albedo: '#dcae74', style: 'dunes', mist: 0.15, seed: s + 2 }),
    new RingLayer({ name: 'near-dunes', radius: 180, heights: duneProfile(s + 3, 180, 14, 18), base: 0, albedo: '#e4b97e', style: 'dunes', mist: 0.06, seed: s + 3 }),
  ];
}

export function snowfieldBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  return [
    new GroundLayer(s, { material: ground, mottle: 0.18, extent: 60 }),
    new RingLayer({ name: 'peaks', radius: 5000, heights: mountainProfile(s + 1, 5000, 1500, 13), base: -60, albedo: '#5e6f8e', style: 'mountain', snowLine: 380, mist: 0.25, seed: s + 1 }),
    new RingLayer({ name: 'foothills', radius: 1200, heights: mountainProfile(s + 2, 1200, 160, 18), base: -10, albedo: '#7d8ca8', style: 'mountain', snowLine: 30, mist: 0.3, seed: s + 2 }),
    new RingLayer({ name: 'pines', radius: 260, heights: treeLineProfile(s + 3, 260, { minHeight: 9, maxHeight: 18, conifers: 1, spacing: 5, undergrowth: 0.5 }), base: 0, albedo: '#2b4638', style: 'canopy', mist: 0.15, seed: s + 3 }),
    new RingLayer({ name: 'drifts', radius: 110, heights: hillProfile(s + 4, 110, 0.3, 4, 8), base: 0, albedo: '#eef3fb', style: 'plain', mist: 0.02, seed: s + 4 }),
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
