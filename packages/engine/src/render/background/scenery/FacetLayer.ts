/**
 * Flat shapes placed in the world: walls, floors, kerbs, the rim of a pool, a rug, a window.
 * Each is lit by the scene's light for its facing (or glows, for lit windows and lamps),
 * clipped at the camera and drawn in the listed order, back to front.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { parseColour, toRgba, type Rgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { fillPolygon } from '../geometry/fillPolygon.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { projectPolygon } from '../geometry/projectWorld.ts';
import { hazed, litRgb } from '../geometry/shading.ts';

export interface Facet {
  /** Corners as [x, y, z, x, y, z, …] (world metres). */
  points: readonly number[];
  albedo: string;
  /** Outward facing, for lighting. */
  normal: Vec3;
  alpha?: number;
  /** Unlit colour (a glowing window, a lamp shade). */
  glow?: boolean;
  /** Standing in front of the sky (raises the open-sky outline). */
  skyline?: boolean;
  /** Drawn only from its front (walls of a room seen from outside disappear). */
  oneSided?: boolean;
  /** Extra darkening 0..1 (occlusion in corners, under counters). */
  shade?: number;
  /** Facing used for lighting when it differs from the geometric one (a ceiling lit by bounce light). */
  lightNormal?: Vec3;
}

export function quad(a: Vec3, b: Vec3, c: Vec3, d: Vec3): number[] {
  return [...a, ...b, ...c, ...d];
}

/** An axis-aligned box's visible faces (top and the four sides), as facets. */
export function boxFacets(min: Vec3, max: Vec3, albedo: string, extra: Partial<Facet> = {}): Facet[] {
  const [x0, y0, z0] = min;
  const [x1, y1, z1] = max;
  const f = (points: number[], normal: Vec3): Facet => ({ points, albedo, normal, oneSided: true, ...extra });
  return [
    f(quad([x0, y1, z0], [x1, y1, z0], [x1, y1, z1], [x0, y1, z1]), [0, 1, 0]),
    f(quad([x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]), [0, 0, 1]),
    f(quad([x0, y0, z0], [x1, y0, z0], [x1, y1, z0], [x0, y1, z0]), [0, 0, -1]),
    f(quad([x0, y0, z0], [x0, y0, z1], [x0, y1, z1], [x0, y1, z0]), [-1, 0, 0]),
    f(quad([x1, y0, z0], [x1, y0, z1], [x1, y1, z1], [x1, y1, z0]), [1, 0, 0]),
  ];
}

export function facetColour(view: BackdropView, f: Facet): Rgb {
  const albedo = parseColour(f.albedo);
  let c = f.glow ? albedo : litRgb(view.light, albedo, f.lightNormal ?? f.normal, 0.5);
  if (f.shade) c = [c[0] * (1 - f.shade), c[1] * (1 - f.shade), c[2] * (1 - f.shade)];
  return c;
}

export class FacetLayer implements BackdropLayer {
  readonly name: string;

  constructor(name: string, private readonly facets: readonly Facet[], private readonly hazeDistance = 0) {
    this.name = name;
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    drawFacets(ctx, view, this.facets, this.hazeDistance);
  }
}

export function drawFacets(ctx: SKRSContext2D, view: BackdropView, facets: readonly Facet[], hazeDistance = 0): void {
  const eye = view.basis.eye;
  for (const f of facets) {
    if (f.oneSided) {
      const p = f.points;
      const toEye = (eye[0] - p[0]!) * f.normal[0] + (eye[1] - p[1]!) * f.normal[1] + (eye[2] - p[2]!) * f.normal[2];
      if (toEye <= 0) continue;
    }
    const screen = projectPolygon(view.basis, f.points);
    if (screen.length < 6) continue;
    let c = facetColour(view, f);
    if (hazeDistance > 0) c = hazed(view.light, c, hazeDistance);
    ctx.fillStyle = toRgba(c, f.alpha ?? 1);
    fillPolygon(ctx, screen);
    if (f.skyline) view.skyline.addOutline([...screen, screen[0]!, screen[1]!]);
  }
}
