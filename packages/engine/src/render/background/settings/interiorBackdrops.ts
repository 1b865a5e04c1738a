/**
 * Interiors: a living room with a window, bookshelf, lamp and rug on a plank floor; a kitchen
 * with cabinets, worktop, tiled splashback and fridge; a tiled bathroom around the bathtub;
 * and a photo studio's seamless curved backdrop (cyclorama).
 */
import type { WaterBody } from '../../../plan/scenePlanSchema.ts';
import type { Vec3 } from '../../../math/vec3.ts';
import type { BackdropLayer } from '../BackdropView.ts';
import type { BackgroundScene } from '../BackgroundScene.ts';
import { createRandom } from '../../../random/createRandom.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { projectPolygon } from '../geometry/projectWorld.ts';
import { GlowLayer } from '../rooms/GlowLayer.ts';
import { IndoorBaseLayer } from '../rooms/IndoorBaseLayer.ts';
import { roomShell } from '../rooms/roomShell.ts';
import { WindowLayer } from '../rooms/WindowLayer.ts';
import { CycloramaLayer } from '../rooms/CycloramaLayer.ts';
import { boxFacets, FacetLayer, quad, type Facet } from '../scenery/FacetLayer.ts';
import { GridLayer } from '../scenery/GridLayer.ts';
import { groundColoursOf } from '../ground/groundAlbedo.ts';
import { rectOutline, WaterLayer } from '../water/WaterLayer.ts';

const BOOK_COLOURS = ['#8c3b3b', '#2f5d7c', '#c9a24a', '#3f6b47', '#6b4a7a', '#d8d0c0', '#b86b3a', '#394a5c'];

function bookshelf(seed: number, x0: number, x1: number, zWall: number, height: number): Facet[] {
  const depth = 0.36;
  const wood = '#6e4a30';
  const facets: Facet[] = [...boxFacets([x0, 0, zWall], [x1, height, zWall + depth], wood)];
  // The dark inside of the shelves, then boards and rows of books.
  facets.push({ points: quad([x0 + 0.04, 0.08, zWall + depth + 0.001], [x1 - 0.04, 0.08, zWall + depth + 0.001], [x1 - 0.04, height - 0.06, zWall + depth + 0.001], [x0 + 0.04, height - 0.06, zWall + depth + 0.001]), albedo: '#3a271a', normal: [0, 0, 1] });
  const rnd = createRandom(seed, 'books');
  const shelves = 4;
  const z = zWall + depth + 0.002;
  for (let s = 0; s < shelves; s++) {
    const y = 0.08 + ((height - 0.14) * s) / shelves;
    const top = 0.08 + ((height - 0.14) * (s + 1)) / shelves;
    facets.push({ points: quad([x0 + 0.04, y, z + 0.001], [x1 - 0.04, y, z + 0.001], [x1 - 0.04, y + 0.03, z + 0.001], [x0 + 0.04, y + 0.03, z + 0.001]), albedo: '#7e5638', normal: [0, 0, 1] });
    let x = x0 + 0.06;
    while (x < x1 - 0.12) {
      const w = rnd.range(0.1, 0.28);
      const h = (top - y - 0.05) * rnd.range(0.65, 0.95);
      if (rnd.next() < 0.12) {
        x += w;
        continue;
      }
      facets.push({ points: quad([x, y + 0.03, z], [Math.min(x1 - 0.06, x + w), y + 0.03, z], [Math.min(x1 - 0.06, x + w), y + 0.03 + h, z], [x, y + 0.03 + h, z]), albedo: BOOK_COLOURS[rnd.int(0, BOOK_COLOURS.length - 1)]!, normal: [0, 0, 1] });
      x += w + 0.01;
    }
  }
  return facets;
}

/** A facet-drawn stand-up lamp: pole, base and a glowing shade. */
function floorLamp(x: number, z: number, night: boolean): Facet[] {
  const shade: Facet = {
    points: [x - 0.22, 1.45, z + 0.2, x + 0.22, 1.45, z + 0.2, x + 0.15, 1.75, z + 0.2, x - 0.15, 1.75, z + 0.2],
    albedo: night ? '#ffe0a8' : '#efe2c8',
    normal: [0, 0, 1],
    glow: night,
  };
  return [
    { points: quad([x - 0.02, 0, z + 0.19], [x + 0.02, 0, z + 0.19], [x + 0.02, 1.5, z + 0.19], [x - 0.02, 1.5, z + 0.19]), albedo: '#2e2a26', normal: [0, 0, 1] },
    { points: quad([x - 0.18, 0.001, z + 0.05], [x + 0.18, 0.001, z + 0.05], [x + 0.18, 0.001, z + 0.35], [x - 0.18, 0.001, z + 0.35]), albedo: '#2e2a26', normal: [0, 1, 0] },
    shade,
  ];
}

export function livingRoomBackdrop(scene: BackgroundScene): BackdropLayer[] {
  const night = scene.timeOfDay === 'night';
  const room = { x0: -5.5, x1: 5.5, zBack: -4.5, zFront: 12, floor: 0, ceiling: 2.9 };
  const zb = room.zBack;
  const rug: Facet[] = [
    { points: quad([-2.4, 0.004, -2.6], [2.4, 0.004, -2.6], [2.4, 0.004, 1.6], [-2.4, 0.004, 1.6]), albedo: '#8a3a36', normal: [0, 1, 0] },
    { points: quad([-2.1, 0.005, -2.3], [2.1, 0.005, -2.3], [2.1, 0.005, 1.3], [-2.1, 0.005, 1.3]), albedo: '#b0554a', normal: [0, 1, 0] },
    { points: quad([-1.6, 0.006, -1.8], [1.6, 0.006, -1.8], [1.6, 0.006, 0.8], [-1.6, 0.006, 0.8]), albedo: '#c98a5e', normal: [0, 1, 0] },
  ];
  const picture: Facet[] = [
    { points: quad([0.2, 1.35, zb + 0.02], [1.2, 1.35, zb + 0.02], [1.2, 2.1, zb + 0.02], [0.2, 2.1, zb + 0.02]), albedo: '#3a2a1e', normal: [0, 0, 1] },
    { points: quad([0.27, 1.42, zb + 0.03], [1.13, 1.42, zb + 0.03], [1.13, 2.03, zb + 0.03], [0.27, 2.03, zb + 0.03]), albedo: '#e8d9b0', normal: [0, 0, 1] },
    { points: [0.27, 1.42, zb + 0.04, 0.6, 1.8, zb + 0.04, 0.8, 1.6, zb + 0.04, 1.0, 1.85, zb + 0.04, 1.13, 1.7, zb + 0.04, 1.13, 1.42, zb + 0.04], albedo: '#5d8a6a', normal: [0, 0, 1] },
    { points: quad([0.85, 1.85, zb + 0.04], [0.95, 1.85, zb + 0.04], [0.95, 1.95, zb + 0.04], [0.85, 1.95, zb + 0.04]), albedo: '#f2c04a', normal: [0, 0, 1] },
  ];
  const curtains: Facet[] = [-1, 1].map((side) => {
    const x = side < 0 ? -3.05 : 0.05;
    return { points: quad([x, 0.75, zb + 0.08], [x + 0.5, 0.75, zb + 0.08], [x + 0.5, 2.55, zb + 0.08], [x, 2.55, zb + 0.08]), albedo: '#5b6f8a', normal: [0, 0, 1] as Vec3 };
  });
  return [
    new IndoorBaseLayer(),
    new FacetLayer('room', roomShell(room, { floor: '#a36a3c', walls: '#d9c7ab', backWall: '#c9a98a', ceiling: '#efe8dc', skirting: '#f3eee4' })),
    new GridLayer('planks', [{ origin: [room.x0, 0, zb], u: [1, 0, 0], v: [0, 0, 1], lengthU: room.x1 - room.x0, lengthV: room.zFront - zb, stepU: 0.24, stepV: 1.8, colour: '#5a3620', normal: [0, 1, 0], width: 0.01, alpha: 0.55, staggered: true, jitter: 0.16, seed: scene.seed }]),
    new WindowLayer({ z: zb, x0: -2.7, x1: -0.5, y0: 0.95, y1: 2.35, frame: '#f2ede2', panes: 2, floorY: 0 }),
    new FacetLayer('decor', [...curtains, ...picture, ...bookshelf(scene.seed, 1.9, 3.6, zb, 2.2), ...floorLamp(-4.3, zb + 0.4, night), ...rug]),
    new GlowLayer([
      { at: [-4.3, 1.6, zb + 0.6], radius: 1.8, colour: '#ffc880', day: 0.05, night: 0.45 },
      { at: [-1.6, 1.6, zb + 0.2], radius: 1.8, colour: '#fff2d8', day: 0.14, night: 0 },
    ]),
  ];
}

export function kitchenBackdrop(scene: BackgroundScene): BackdropLayer[] {
  const night = scene.timeOfDay === 'night';
  const room = { x0: -5, x1: 5, zBack: -3.6, zFront: 12, floor: 0, ceiling: 2.8 };
  const zb = room.zBack;
  const cab = '#5e8391';
  const top = '#efebe2';
  const facets: Facet[] = [
    ...boxFacets([-4.2, 0, zb], [3.2, 0.86, zb + 0.6], cab),
    ...boxFacets([-4.25, 0.86, zb], [3.25, 0.92, zb + 0.64], top),
    ...boxFacets([-4.2, 1.55, zb], [-1.5, 2.35, zb + 0.36], cab),
    ...boxFacets([0.7, 1.55, zb], [3.2, 2.35, zb + 0.36], cab),
    ...boxFacets([3.35, 0, zb], [4.35, 1.95, zb + 0.7], '#dfe3e6'),
    { points: quad([3.36, 1.25, zb + 0.701], [4.34, 1.25, zb + 0.701], [4.34, 1.27, zb + 0.701], [3.36, 1.27, zb + 0.701]), albedo: '#9aa2a8', normal: [0, 0, 1] },
    { points: quad([3.45, 1.35, zb + 0.702], [3.48, 1.35, zb + 0.702], [3.48, 1.7, zb + 0.702], [3.45, 1.7, zb + 0.702]), albedo: '#7d858b', normal: [0, 0, 1] },
  ];
  // Door gaps and handles on the cabinets.
  for (let x = -4.2 + 0.6; x < 3.2; x += 0.6) {
    facets.push({ points: quad([x - 0.005, 0.05, zb + 0.601], [x + 0.005, 0.05, zb + 0.601], [x + 0.005, 0.82, zb + 0.601], [x - 0.005, 0.82, zb + 0.601]), albedo: '#3c5660', normal: [0, 0, 1] });
    facets.push({ points: quad([x - 0.1, 0.7, zb + 0.602], [x - 0.04, 0.7, zb + 0.602], [x - 0.04, 0.72, zb + 0.602], [x - 0.1, 0.72, zb + 0.602]), albedo: '#c8ccd0', normal: [0, 0, 1] });
  }
  // Jars and a kettle on the worktop.
  const items: Facet[] = [
    ...boxFacets([-3.6, 0.92, zb + 0.15], [-3.45, 1.12, zb + 0.3], '#d8c9a0'),
    ...boxFacets([-3.4, 0.92, zb + 0.15], [-3.27, 1.08, zb + 0.28], '#b9a27a'),
    ...boxFacets([1.6, 0.92, zb + 0.2], [1.85, 1.15, zb + 0.4], '#c0453a'),
    ...boxFacets([2.5, 0.92, zb + 0.1], [2.62, 1.2, zb + 0.22], '#4f7a4a'),
  ];
  const lights: Vec3 = [-0.4, 2.45, -1];
  return [
    new IndoorBaseLayer(),
    new FacetLayer('room', roomShell(room, { floor: '#ece4d2', walls: '#ece6d8', backWall: '#e6dccb', ceiling: '#f5f1ea', skirting: '#ddd5c4' })),
    new GridLayer('floor-tiles', [{ origin: [room.x0, 0, zb], u: [1, 0, 0], v: [0, 0, 1], lengthU: room.x1 - room.x0, lengthV: room.zFront - zb, stepU: 0.5, stepV: 0.5, colour: '#8a7e6c', normal: [0, 1, 0], width: 0.012, alpha: 0.5, checker: '#b9a98e' }]),
    new GridLayer('splashback', [{ origin: [-4.2, 0.92, zb + 0.003], u: [1, 0, 0], v: [0, 1, 0], lengthU: 7.4, lengthV: 0.63, stepU: 0.3, stepV: 0.15, colour: '#b8b0a2', normal: [0, 0, 1], width: 0.01, alpha: 0.7, staggered: true, seed: scene.seed }]),
    new WindowLayer({ z: zb, x0: -1.25, x1: 0.45, y0: 1.15, y1: 2.25, frame: '#f4f1ea', panes: 2, floorY: 0 }),
    new FacetLayer('cabinets', [...facets, ...items]),
    new GlowLayer([
      { at: lights, radius: 2.2, colour: '#ffe6b8', day: 0, night: 0.35 },
      { at: [-0.4, 1.7, zb + 0.1], radius: 1.8, colour: '#fff6e0', day: 0.14, night: 0 },
    ]),
    new FacetLayer('pendant', [
      { points: quad([-0.41, 2.45, -1], [-0.39, 2.45, -1], [-0.39, 2.8, -1], [-0.41, 2.8, -1]), albedo: '#2a2a2a', normal: [0, 0, 1] },
      { points: [-0.65, 2.2, -1, -0.15, 2.2, -1, -0.3, 2.45, -1, -0.5, 2.45, -1], albedo: night ? '#ffe2a8' : '#3d5560', normal: [0, 0, 1], glow: night },
    ]),
  ];
}

export function bathroomBackdrop(scene: BackgroundScene, water: WaterBody): BackdropLayer[] {
  const level = water.level;
  const floor = level - water.depth - 0.1;
  const rimY = level + 0.1;
  const [ix0, iz0, ix1, iz1] = [-1.0, -0.45, 1.0, 0.45];
  const t = 0.13;
  const zb = iz0 - t - 0.02;
  const room = { x0: -3, x1: 3, zBack: zb, zFront: 10, floor, ceiling: floor + 2.5 };
  const enamel = '#f6f7f5';
  const tub: Facet[] = [
    // The inner walls of the tub above the water: the far one and both ends.
    { points: quad([ix0, level, iz0], [ix1, level, iz0], [ix1, rimY, iz0], [ix0, rimY, iz0]), albedo: '#dfe4e4', normal: [0, 0, 1] },
    { points: quad([ix0, level, iz0], [ix0, level, iz1], [ix0, rimY, iz1], [ix0, rimY, iz0]), albedo: '#e6eaea', normal: [1, 0, 0], oneSided: true },
    { points: quad([ix1, level, iz0], [ix1, level, iz1], [ix1, rimY, iz1], [ix1, rimY, iz0]), albedo: '#e6eaea', normal: [-1, 0, 0], oneSided: true },
  ];
  const rim: Facet[] = [
    { points: quad([ix0 - t, rimY, iz0 - t], [ix1 + t, rimY, iz0 - t], [ix1 + t, rimY, iz0], [ix0 - t, rimY, iz0]), albedo: enamel, normal: [0, 1, 0] },
    { points: quad([ix0 - t, rimY, iz0], [ix0, rimY, iz0], [ix0, rimY, iz1], [ix0 - t, rimY, iz1]), albedo: enamel, normal: [0, 1, 0] },
    { points: quad([ix1, rimY, iz0], [ix1 + t, rimY, iz0], [ix1 + t, rimY, iz1], [ix1, rimY, iz1]), albedo: enamel, normal: [0, 1, 0] },
    { points: quad([ix0 - t, floor, iz1 + t], [ix1 + t, floor, iz1 + t], [ix1 + t, rimY, iz1 + t], [ix0 - t, rimY, iz1 + t]), albedo: '#eef0ee', normal: [0, 0, 1], oneSided: true },
    { points: quad([ix0 - t, floor, iz0 - t], [ix0 - t, floor, iz1 + t], [ix0 - t, rimY, iz1 + t], [ix0 - t, rimY, iz0 - t]), albedo: '#e4e7e5', normal: [-1, 0, 0], oneSided: true },
    { points: quad([ix1 + t, floor, iz0 - t], [ix1 + t, floor, iz1 + t], [ix1 + t, rimY, iz1 + t], [ix1 + t, rimY, iz0 - t]), albedo: '#e4e7e5', normal: [1, 0, 0], oneSided: true },
    { points: quad([ix0 - t, rimY, iz1], [ix1 + t, rimY, iz1], [ix1 + t, rimY, iz1 + t], [ix0 - t, rimY, iz1 + t]), albedo: enamel, normal: [0, 1, 0] },
  ];
  const fittings: Facet[] = [
    // Chrome tap and spout on the wall above the tub's end.
    ...boxFacets([0.72, rimY + 0.22, zb], [0.78, rimY + 0.3, zb + 0.2], '#c9d2d8'),
    ...boxFacets([0.6, rimY + 0.32, zb], [0.66, rimY + 0.38, zb + 0.06], '#dfe6ea'),
    ...boxFacets([0.84, rimY + 0.32, zb], [0.9, rimY + 0.38, zb + 0.06], '#dfe6ea'),
    // A little shelf with bottles.
    ...boxFacets([-0.9, rimY + 0.55, zb], [-0.2, rimY + 0.58, zb + 0.14], '#f0f0ee'),
    ...boxFacets([-0.82, rimY + 0.58, zb + 0.03], [-0.72, rimY + 0.78, zb + 0.11], '#7ab8c9'),
    ...boxFacets([-0.66, rimY + 0.58, zb + 0.03], [-0.58, rimY + 0.72, zb + 0.11], '#f1a7b4'),
    ...boxFacets([-0.5, rimY + 0.58, zb + 0.03], [-0.4, rimY + 0.82, zb + 0.11], '#f4e7b0'),
    // A towel on a rail.
    { points: quad([1.5, rimY + 0.3, zb + 0.05], [2.2, rimY + 0.3, zb + 0.05], [2.2, rimY + 1.15, zb + 0.05], [1.5, rimY + 1.15, zb + 0.05]), albedo: '#8cc0b0', normal: [0, 0, 1] },
    { points: quad([1.5, rimY + 0.42, zb + 0.051], [2.2, rimY + 0.42, zb + 0.051], [2.2, rimY + 0.48, zb + 0.051], [1.5, rimY + 0.48, zb + 0.051]), albedo: '#f3efe6', normal: [0, 0, 1] },
  ];
  const front = (view: Parameters<NonNullable<WaterLayer['drawStatic']>>[1]) => {
    const poly = projectPolygon(view.basis, [ix0 - t, rimY, iz1, ix1 + t, rimY, iz1, ix1 + t, rimY, iz1 + t, ix1 + t, floor, iz1 + t, ix0 - t, floor, iz1 + t, ix0 - t, rimY, iz1 + t]);
    return poly.length >= 6 ? new PathBuilder().polygon(poly).toPath() : null;
  };
  return [
    new IndoorBaseLayer(),
    new FacetLayer('room', roomShell(room, { floor: '#9fb3bc', walls: '#f1f3f1', ceiling: '#f4f5f3' })),
    new GridLayer('tiles', [
      { origin: [room.x0, floor, zb], u: [1, 0, 0], v: [0, 0, 1], lengthU: 6, lengthV: room.zFront - zb, stepU: 0.3, stepV: 0.3, colour: '#6f858f', normal: [0, 1, 0], width: 0.012, alpha: 0.6 },
      { origin: [room.x0, floor, zb + 0.003], u: [1, 0, 0], v: [0, 1, 0], lengthU: 6, lengthV: 1.9, stepU: 0.2, stepV: 0.2, colour: '#a9b6bb', normal: [0, 0, 1], width: 0.008, alpha: 0.8 },
      { origin: [room.x0 + 0.003, floor, zb], u: [0, 0, 1], v: [0, 1, 0], lengthU: room.zFront - zb, lengthV: 1.9, stepU: 0.2, stepV: 0.2, colour: '#a9b6bb', normal: [1, 0, 0], width: 0.008, alpha: 0.8 },
      { origin: [room.x1 - 0.003, floor, zb], u: [0, 0, 1], v: [0, 1, 0], lengthU: room.zFront - zb, lengthV: 1.9, stepU: 0.2, stepV: 0.2, colour: '#a9b6bb', normal: [-1, 0, 0], width: 0.008, alpha: 0.8 },
    ]),
    new FacetLayer('border-tiles', [
      { points: quad([room.x0, floor + 1.9, zb + 0.004], [room.x1, floor + 1.9, zb + 0.004], [room.x1, floor + 2.0, zb + 0.004], [room.x0, floor + 2.0, zb + 0.004]), albedo: '#5a8fa0', normal: [0, 0, 1] },
    ]),
    new WindowLayer({ z: zb, x0: -2.6, x1: -1.6, y0: floor + 1.5, y1: floor + 2.2, frame: '#f4f4f2', panes: 1, frosted: true, floorY: floor }),
    new FacetLayer('tub', [...fittings, ...tub]),
    new WaterLayer({ kind: 'bathtub', level, depth: water.depth, outline: rectOutline(ix0, iz0, ix1, iz1), seed: scene.seed, occluders: front }),
    new FacetLayer('rim', rim),
  ];
}

/** A softbox on a stand at the side of the set, angled towards the middle. */
function softbox(x: number, z: number): Facet[] {
  const side = Math.sign(x);
  const w = 0.9;
  const dx = -side * 0.45;
  const dz = 0.35;
  return [
    { points: quad([x - 0.02, 0, z], [x + 0.02, 0, z], [x + 0.02, 1.75, z], [x - 0.02, 1.75, z]), albedo: '#2b2b2e', normal: [0, 0, 1] },
    { points: [x - 0.4, 0.002, z + 0.3, x + 0.4, 0.002, z + 0.3, x, 0.002, z - 0.4], albedo: '#2b2b2e', normal: [0, 1, 0] },
    // The dark back and the glowing diffuser of the box.
    { points: [x - w / 2, 1.6, z - 0.05, x + w / 2, 1.6, z - 0.05, x + w / 2, 2.5, z - 0.05, x - w / 2, 2.5, z - 0.05], albedo: '#1f1f22', normal: [0, 0, 1] },
    { points: [x - w / 2 + dx * 0.2, 1.62, z + dz, x + w / 2 + dx * 0.2, 1.62, z + dz - side * 0.3, x + w / 2 + dx * 0.2, 2.48, z + dz - side * 0.3, x - w / 2 + dx * 0.2, 2.48, z + dz], albedo: '#fbf8f0', normal: [0, 0, 1], glow: true },
  ];
}

/** A floor laid on the studio's cyclorama when the plan names one ("on a wooden floor"). */
function studioFloor(scene: BackgroundScene): BackdropLayer[] {
  const material = scene.groundMaterial;
  if (material === 'concrete' || material === 'none') return [];
  const { near } = groundColoursOf(material);
  const floor = { x0: -7, x1: 7, z0: -4.4, z1: 14 };
  const base = new FacetLayer('studio-floor', [
    { points: quad([floor.x0, 0.002, floor.z0], [floor.x1, 0.002, floor.z0], [floor.x1, 0.002, floor.z1], [floor.x0, 0.002, floor.z1]), albedo: near, normal: [0, 1, 0] },
  ]);
  const seams: Record<string, { stepU: number; stepV: number; colour: string; staggered: boolean }> = {
    wood: { stepU: 0.2, stepV: 1.6, colour: '#5a3620', staggered: true },
    tile: { stepU: 0.4, stepV: 0.4, colour: '#9a9184', staggered: false },
    ceramic: { stepU: 0.3, stepV: 0.3, colour: '#a3aaae', staggered: false },
    stone: { stepU: 0.6, stepV: 0.6, colour: '#5f5a52', staggered: true },
  };
  const seam = seams[material];
  if (!seam) return [base];
  return [
    base,
    new GridLayer('studio-floor-seams', [{
      origin: [floor.x0, 0.003, floor.z0], u: [1, 0, 0], v: [0, 0, 1], lengthU: floor.x1 - floor.x0, lengthV: floor.z1 - floor.z0,
      stepU: seam.stepU, stepV: seam.stepV, colour: seam.colour, normal: [0, 1, 0], width: 0.01, alpha: 0.5,
      staggered: seam.staggered, jitter: seam.staggered ? 0.16 : 0, seed: scene.seed,
    }]),
  ];
}

export function studioBackdrop(scene: BackgroundScene): BackdropLayer[] {
  return [
    new IndoorBaseLayer('#202024'),
    new CycloramaLayer(),
    ...studioFloor(scene),
    new FacetLayer('softboxes', [...softbox(-2.5, -4.6), ...softbox(2.5, -4.6)]),
  ];
}
