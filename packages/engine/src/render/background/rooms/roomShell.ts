/**
 * The inside of a box-shaped room: floor, walls and ceiling facing inwards. Walls are seen
 * only from inside, so a camera backed out beyond a wall sees into the room like a stage set.
 */
import type { Facet } from '../scenery/FacetLayer.ts';
import { quad } from '../scenery/FacetLayer.ts';

export interface RoomBox {
  x0: number;
  x1: number;
  /** Back wall (far from the default camera) and front wall (behind it). */
  zBack: number;
  zFront: number;
  floor: number;
  ceiling: number;
}

export interface RoomPaint {
  floor: string;
  walls: string;
  ceiling: string;
  /** A different colour for the back wall (an accent wall). */
  backWall?: string;
  skirting?: string;
}

export function roomShell(r: RoomBox, p: RoomPaint): Facet[] {
  const { x0, x1, zBack: zb, zFront: zf, floor: y0, ceiling: y1 } = r;
  const facets: Facet[] = [
    { points: quad([x0, y0, zb], [x1, y0, zb], [x1, y0, zf], [x0, y0, zf]), albedo: p.floor, normal: [0, 1, 0], oneSided: true },
    { points: quad([x0, y1, zb], [x1, y1, zb], [x1, y1, zf], [x0, y1, zf]), albedo: p.ceiling, normal: [0, -1, 0], lightNormal: [0, 0.1, 1], oneSided: true, shade: 0.08 },
    { points: quad([x0, y0, zb], [x1, y0, zb], [x1, y1, zb], [x0, y1, zb]), albedo: p.backWall ?? p.walls, normal: [0, 0, 1], oneSided: true },
    { points: quad([x0, y0, zb], [x0, y0, zf], [x0, y1, zf], [x0, y1, zb]), albedo: p.walls, normal: [1, 0, 0], oneSided: true, shade: 0.06 },
    { points: quad([x1, y0, zb], [x1, y0, zf], [x1, y1, zf], [x1, y1, zb]), albedo: p.walls, normal: [-1, 0, 0], oneSided: true, shade: 0.06 },
    { points: quad([x0, y0, zf], [x1, y0, zf], [x1, y1, zf], [x0, y1, zf]), albedo: p.walls, normal: [0, 0, -1], oneSided: true, shade: 0.1 },
  ];
  if (p.skirting) {
    const h = 0.1;
    const t = 0.015;
    facets.push(
      { points: quad([x0, y0, zb + t], [x1, y0, zb + t], [x1, y0 + h, zb + t], [x0, y0 + h, zb + t]), albedo: p.skirting, normal: [0, 0, 1], oneSided: true },
      { points: quad([x0 + t, y0, zb], [x0 + t, y0, zf], [x0 + t, y0 + h, zf], [x0 + t, y0 + h, zb]), albedo: p.skirting, normal: [1, 0, 0], oneSided: true },
      { points: quad([x1 - t, y0, zb], [x1 - t, y0, zf], [x1 - t, y0 + h, zf], [x1 - t, y0 + h, zb]), albedo: p.skirting, normal: [-1, 0, 0], oneSided: true },
    );
  }
  return facets;
}
