/**
 * The ground plane y = 0 to the horizon: the material's colour lit by the scene, fading
 * into haze with distance, with large soft patches so it never looks like flat paint.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { createRandom } from '../../../random/createRandom.ts';
import { mixRgb, parseColour, scaleRgb, toRgba, type Rgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { screenHalfPlane } from '../geometry/horizon.ts';
import { paintBands, type BandStop } from '../geometry/paintBands.ts';
import { tracePolygon } from '../geometry/fillPolygon.ts';
import { viewOf } from '../geometry/projectWorld.ts';
import { hazed, litRgb, UP } from '../geometry/shading.ts';
import { groundColoursOf } from './groundAlbedo.ts';
import { groundOffsetAt } from './groundDistanceOffsets.ts';

interface Patch {
  x: number;
  z: number;
  r: number;
  stretch: number;
  light: boolean;
}

export interface GroundOptions {
  material: string;
  /** Strength of the soft light/dark patches (0 = none). */
  mottle: number;
  /** Radius (m) around the origin over which patches are scattered. */
  extent: number;
  /** Paint the ground's own colour bands (when the sky pass does not, e.g. under a starfield). */
  paintBase?: boolean;
}

const FAR_STOPS = [6, 18, 40, 90, 200, 500, 1500, 6000];

export class GroundLayer implements BackdropLayer {
  readonly name = 'ground';
  private readonly patches: Patch[] = [];

  constructor(seed: number, private readonly options: GroundOptions) {
    const rnd = createRandom(seed, 'ground-patches');
    const count = options.mottle > 0 ? 90 : 0;
    for (let i = 0; i < count; i++) {
      const a = rnd.range(0, Math.PI * 2);
      const d = options.extent * Math.sqrt(rnd.next());
      this.patches.push({ x: Math.sin(a) * d, z: -Math.cos(a) * d, r: rnd.range(1.2, 4.5), stretch: rnd.range(0.6, 1.6), light: rnd.next() < 0.5 });
    }
  }

  colourAt(view: BackdropView, distance: number): Rgb {
    const { near, far } = groundColoursOf(this.options.material);
    const t = 1 - Math.exp(-distance / 60);
    const albedo = mixRgb(parseColour(near), parseColour(far), t);
    return hazed(view.light, litRgb(view.light, albedo, UP, 0.2), distance);
  }

  /** Colour bands of the ground from the horizon down to the bottom of the frame (for the sky pass). */
  bandStops(view: BackdropView): BandStop[] {
    const stops: BandStop[] = [];
    if (view.basis.eye[1] <= 0.01) return stops;
    stops.push({ v: -0.5, colour: this.colourAt(view, 40000) });
    for (let i = FAR_STOPS.length - 1; i >= 0; i--) {
      const d = FAR_STOPS[i]!;
      const v = groundOffsetAt(view, d);
      if (Number.isFinite(v) && v < -0.5) stops.push({ v, colour: this.colourAt(view, d) });
    }
    // The near ground darkens slightly towards the bottom of the frame.
    const bottom = groundOffsetAt(view, 2.5);
    const last = stops[stops.length - 1]!;
    if (Number.isFinite(bottom) && bottom < last.v) stops.push({ v: bottom, colour: scaleRgb(this.colourAt(view, 2.5), 0.9) });
    return stops;
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    if (this.options.paintBase && view.horizon.valid) paintBands(ctx, view.horizon, view.width, view.height, this.bandStops(view), true);
    if (view.basis.eye[1] <= 0.01 || this.options.mottle <= 0) return;
    const below = screenHalfPlane(view.horizon, view.width, view.height, 0, -1);
    if (below.length < 6) return;
    ctx.save();
    ctx.beginPath();
    tracePolygon(ctx, below);
    ctx.clip();
    this.drawPatches(ctx, view);
    ctx.restore();
  }

  private drawPatches(ctx: SKRSContext2D, view: BackdropView): void {
    const v = [0, 0, 0];
    const { focal, cx, cy } = view.basis;
    const eyeY = view.basis.eye[1];
    const lightPath: [number, number, number, number][] = [];
    const darkPath: [number, number, number, number][] = [];
    for (const p of this.patches) {
      viewOf(view.basis, p.x, 0, p.z, v);
      const depth = v[2]!;
      if (depth < 2) continue;
      const sx = cx + (focal * v[0]!) / depth;
      const sy = cy - (focal * v[1]!) / depth;
      const rx = (focal * p.r * p.stretch) / depth;
      const ry = rx * Math.min(1, eyeY / depth) / p.stretch;
      if (sx + rx < 0 || sx - rx > view.width || sy + ry < 0 || sy - ry > view.height || ry < 0.5 || rx > view.width * 3) continue;
      (p.light ? lightPath : darkPath).push([sx, sy, rx, ry]);
    }
    const near = this.colourAt(view, 8);
    const draw = (list: [number, number, number, number][], colour: Rgb): void => {
      if (list.length === 0) return;
      ctx.fillStyle = toRgba(colour, this.options.mottle);
      ctx.beginPath();
      for (const [x, y, rx, ry] of list) {
        ctx.moveTo(x + rx, y);
        ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2);
      }
      ctx.fill();
    };
    draw(lightPath, mixRgb(near, [255, 250, 220], 0.18));
    draw(darkPath, scaleRgb(near, 0.82));
  }
}
