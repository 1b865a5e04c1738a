/**
 * A city street running away from the camera: asphalt with lane markings and a zebra
 * crossing, raised kerbs and paved pavements, street lamps, buildings on both sides and the
 * downtown skyline at the end of the street.
 */
import type { BackdropLayer } from '../BackdropView.ts';
import type { BackgroundScene } from '../BackgroundScene.ts';
import { GroundLayer } from '../ground/GroundLayer.ts';
import { BillboardLayer, type Billboard } from '../scenery/BillboardLayer.ts';
import { FacetLayer, quad, type Facet } from '../scenery/FacetLayer.ts';
import { GridLayer } from '../scenery/GridLayer.ts';
import { RingLayer } from '../scenery/RingLayer.ts';
import { cityProfile } from '../scenery/ringProfiles.ts';
import { StreetBuildingsLayer } from '../scenery/StreetBuildingsLayer.ts';

const ROAD = 5;
const WALK = 9;
const KERB = 0.15;
const NEAR = 40;
const FAR = -320;

export function cityBackdrop(scene: BackgroundScene, ground: string): BackdropLayer[] {
  const s = scene.seed;
  const skyline = cityProfile(s + 1, 1400, 40, 260);
  const marks: Facet[] = [];
  const paint = '#f2f0e8';
  // Dashed centre line, solid edge lines.
  for (let z = NEAR; z > FAR; z -= 9) marks.push({ points: quad([-0.08, 0.003, z], [0.08, 0.003, z], [0.08, 0.003, z - 3], [-0.08, 0.003, z - 3]), albedo: paint, normal: [0, 1, 0], alpha: 0.9 });
  for (const x of [-ROAD + 0.35, ROAD - 0.35]) marks.push({ points: quad([x - 0.07, 0.003, NEAR], [x + 0.07, 0.003, NEAR], [x + 0.07, 0.003, FAR], [x - 0.07, 0.003, FAR]), albedo: paint, normal: [0, 1, 0], alpha: 0.85 });
  // A zebra crossing ahead of the scene.
  for (let x = -ROAD + 0.6; x < ROAD - 0.6; x += 1.0) marks.push({ points: quad([x, 0.004, -9], [x + 0.5, 0.004, -9], [x + 0.5, 0.004, -12.5], [x, 0.004, -12.5]), albedo: paint, normal: [0, 1, 0], alpha: 0.92 });
  const kerbs: Facet[] = [];
  for (const side of [-1, 1]) {
    const kx = side * ROAD;
    const wx = side * WALK;
    kerbs.push({ points: quad([kx, 0, NEAR], [kx, 0, FAR], [kx, KERB, FAR], [kx, KERB, NEAR]), albedo: '#b8b4ac', normal: [-side, 0, 0], oneSided: true });
    kerbs.push({ points: quad([kx, KERB, NEAR], [wx, KERB, NEAR], [wx, KERB, FAR], [kx, KERB, FAR]), albedo: '#a9a49b', normal: [0, 1, 0] });
    kerbs.push({ points: quad([kx, KERB + 0.001, NEAR], [kx + side * 0.3, KERB + 0.001, NEAR], [kx + side * 0.3, KERB + 0.001, FAR], [kx, KERB + 0.001, FAR]), albedo: '#cfcac0', normal: [0, 1, 0] });
  }
  const lamps: Billboard[] = [];
  for (let z = 20; z > -200; z -= 22) {
    lamps.push({ kind: 'lamp', x: -ROAD - 0.6, y: KERB, z, height: 6.5, width: 2.2, variant: 0.9 });
    lamps.push({ kind: 'lamp', x: ROAD + 0.6, y: KERB, z: z - 11, height: 6.5, width: 2.2, variant: 0.1 });
  }
  const trees: Billboard[] = [];
  for (let z = 6; z > -130; z -= 22) {
    trees.push({ kind: 'broadleaf', x: -ROAD - 1.8, y: KERB, z: z - 5, height: 6, width: 4.5, variant: (z * 7.3) % 1 });
    trees.push({ kind: 'broadleaf', x: ROAD + 1.8, y: KERB, z: z - 13, height: 5.5, width: 4.2, variant: (z * 3.1) % 1 });
  }
  return [
    new GroundLayer(s, { material: ground, mottle: 0.1, extent: 30 }),
    new RingLayer({ name: 'skyline', radius: 1400, heights: skyline.heights, blocks: skyline.blocks, base: 0, albedo: '#7d8796', style: 'city', mist: 0.25, seed: s + 1 }),
    new FacetLayer('road-markings', marks),
    new FacetLayer('kerbs', kerbs),
    new GridLayer('paving', [-1, 1].map((side) => ({
      origin: [side < 0 ? -WALK : ROAD + 0.3, KERB, FAR] as [number, number, number],
      u: [1, 0, 0] as [number, number, number],
      v: [0, 0, 1] as [number, number, number],
      lengthU: WALK - ROAD - 0.3,
      lengthV: NEAR - FAR,
      stepU: 1.2,
      stepV: 1.2,
      colour: '#7d786f',
      normal: [0, 1, 0] as [number, number, number],
      width: 0.03,
      alpha: 0.5,
    }))),
    new StreetBuildingsLayer(s, WALK, FAR, NEAR),
    new BillboardLayer('street-trees', trees),
    new BillboardLayer('street-lamps', lamps),
  ];
}
