/**
 * The buildings lining a city street: blocks of different widths and heights along both
 * pavements, facades with rows of windows (many lit after dark, reflecting the sky by day),
 * shop fronts at street level, drawn far to near in perspective towards the vanishing point.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { createRandom } from '../../../random/createRandom.ts';
import { mixRgb, parseColour, scaleRgb, toRgba, type Rgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { hashUnit } from '../geometry/hashNoise.ts';
import { fillPolygon } from '../geometry/fillPolygon.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { projectPolygon } from '../geometry/projectWorld.ts';
import { hazed, litRgb } from '../geometry/shading.ts';
import { skyColourAt } from '../sky/skyColour.ts';

interface Building {
  /** Street side: −1 left (x < 0), +1 right. */
  side: number;
  /** Facade plane x, and the building's depth behind it. */
  x: number;
  depth: number;
  z0: number;
  z1: number;
  height: number;
  colour: string;
  floor: number;
  seed: number;
}

const FACADES = ['#c9b8a0', '#b8a088', '#d8cbb4', '#a8947e', '#c2a48c', '#9aa4ae', '#b3b9bf', '#d4c2a2', '#8f9aa6', '#c8b09a'];

export class StreetBuildingsLayer implements BackdropLayer {
  readonly name = 'street-buildings';
  private readonly buildings: Building[] = [];

  constructor(seed: number, facadeX: number, fromZ: number, toZ: number) {
    const rnd = createRandom(seed, 'street-buildings');
    for (const side of [-1, 1]) {
      let z = toZ;
      while (z > fromZ) {
        const w = rnd.range(8, 20);
        const tall = rnd.next();
        const height = 9 + tall * tall * 38;
        this.buildings.push({
          side,
          x: side * (facadeX + (rnd.next() < 0.2 ? rnd.range(0.5, 2) : 0)),
          depth: rnd.range(12, 25),
          z0: z - w,
          z1: z,
          height,
          colour: FACADES[rnd.int(0, FACADES.length - 1)]!,
          floor: rnd.range(3.1, 3.6),
          seed: rnd.int(0, 1 << 30),
        });
        z -= w + (rnd.next() < 0.15 ? rnd.range(2, 6) : 0);
      }
    }
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const eye = view.basis.eye;
    const order = this.buildings
      .map((b) => ({ b, d: Math.hypot(b.x - eye[0], (b.z0 + b.z1) / 2 - eye[2]) }))
      .sort((a, c) => c.d - a.d);
    const night = view.lighting.lightSource === 'moon';
    const dusk = view.scene.timeOfDay === 'sunset' || view.scene.timeOfDay === 'dawn';
    const litShare = night ? 0.5 : dusk ? 0.25 : 0;
    const glass = mixRgb(skyColourAt(view.lighting, 25), [40, 55, 70], 0.45);
    for (const { b, d } of order) {
      if (d > 600) continue;
      this.drawBuilding(ctx, view, b, d, litShare, glass);
    }
  }

  private drawBuilding(ctx: SKRSContext2D, view: BackdropView, b: Building, dist: number, litShare: number, glass: Rgb): void {
    const { basis, light } = view;
    const eye = basis.eye;
    const fx = b.x;
    const bx = b.x + b.side * b.depth;
    const h = b.height;
    const albedo = parseColour(b.colour);
    const face = (pts: number[], normal: Vec3, extra = 1, outline = false): void => {
      const toEye = (eye[0] - pts[0]!) * normal[0] + (eye[1] - pts[1]!) * normal[1] + (eye[2] - pts[2]!) * normal[2];
      if (toEye <= 0) return;
      const screen = projectPolygon(basis, pts);
      if (screen.length < 6) return;
      ctx.fillStyle = toRgba(hazed(light, scaleRgb(litRgb(light, albedo, normal, 0.4), extra), dist));
      fillPolygon(ctx, screen);
      if (outline) view.skyline.addOutline([...screen, screen[0]!, screen[1]!]);
    };
    const streetNormal: Vec3 = [-b.side, 0, 0];
    // End walls facing along the street, the facade on the street, and the roof.
    face([fx, 0, b.z1, bx, 0, b.z1, bx, h, b.z1, fx, h, b.z1], [0, 0, 1], 0.92);
    face([fx, 0, b.z0, bx, 0, b.z0, bx, h, b.z0, fx, h, b.z0], [0, 0, -1], 0.92);
    face([fx, 0, b.z0, fx, 0, b.z1, fx, h, b.z1, fx, h, b.z0], streetNormal);
    face([fx, h, b.z0, bx, h, b.z0, bx, h, b.z1, fx, h, b.z1], [0, 1, 0], 0.85);
    // The roof's outline is the building's skyline, whether or not the roof itself faces us.
    const roof = projectPolygon(basis, [fx, h, b.z0, bx, h, b.z0, bx, h, b.z1, fx, h, b.z1]);
    if (roof.length >= 6) view.skyline.addOutline([...roof, roof[0]!, roof[1]!]);
    // A cornice strip along the top of the facade.
    const corn = projectPolygon(basis, [fx - b.side * 0.25, h - 0.5, b.z0, fx - b.side * 0.25, h - 0.5, b.z1, fx - b.side * 0.25, h, b.z1, fx - b.side * 0.25, h, b.z0]);
    if (corn.length >= 6 && (eye[0] - fx) * -b.side > 0) {
      ctx.fillStyle = toRgba(hazed(light, scaleRgb(litRgb(light, albedo, streetNormal, 0.4), 1.12), dist));
      fillPolygon(ctx, corn);
    }
    if ((eye[0] - fx) * -b.side <= 0) return;
    // Facades seen edge-on far down the street: too thin on screen for windows.
    const ends = projectPolygon(basis, [fx, h * 0.5, b.z0, fx, h * 0.5, b.z1, fx, h * 0.5 + 0.01, b.z1]);
    if (ends.length < 6 || Math.abs(ends[2]! - ends[0]!) < 5) return;
    // Windows: a grid on the facade, skipped when too small to read.
    const pxPerMetre = basis.focal / Math.max(1, dist);
    const wx = fx - b.side * 0.02;
    const dark = new PathBuilder();
    const lit = new PathBuilder();
    const shop = new PathBuilder();
    const cols = Math.max(1, Math.floor((b.z1 - b.z0) / 2.6));
    const rows = Math.floor((h - 4) / b.floor);
    const cw = (b.z1 - b.z0) / cols;
    if (pxPerMetre > 1.2 && pxPerMetre < 24) {
      // Far away: each floor's windows read as one band of glass.
      for (let r = 0; r < rows; r++) {
        const y0 = 4 + r * b.floor + b.floor * 0.25;
        const y1 = y0 + b.floor * 0.5;
        const on = hashUnit(b.seed, r, 99) < litShare;
        (on ? lit : dark).polygon(projectPolygon(basis, [wx, y0, b.z0 + cw * 0.2, wx, y0, b.z1 - cw * 0.2, wx, y1, b.z1 - cw * 0.2, wx, y1, b.z0 + cw * 0.2]));
      }
    } else if (pxPerMetre >= 24) {
      for (let r = 0; r < rows; r++) {
        const y0 = 4 + r * b.floor + b.floor * 0.25;
        const y1 = y0 + b.floor * 0.5;
        for (let c = 0; c < cols; c++) {
          const z0 = b.z0 + c * cw + cw * 0.22;
          const z1 = z0 + cw * 0.56;
          const on = hashUnit(b.seed, r, c) < litShare;
          (on ? lit : dark).polygon(projectPolygon(basis, [wx, y0, z0, wx, y0, z1, wx, y1, z1, wx, y1, z0]));
        }
      }
    }
    if (pxPerMetre > 1.2) {
      // Shop windows at street level.
      const shops = pxPerMetre >= 24 ? cols : 1;
      const sw = (b.z1 - b.z0) / shops;
      for (let c = 0; c < shops; c++) {
        const z0 = b.z0 + c * sw + sw * 0.1;
        const z1 = z0 + sw * 0.8;
        shop.polygon(projectPolygon(basis, [wx, 0.5, z0, wx, 0.5, z1, wx, 3.0, z1, wx, 3.0, z0]));
      }
    }
    const night = litShare >= 0.5;
    if (!dark.empty) {
      ctx.fillStyle = toRgba(hazed(light, night ? [30, 36, 52] : glass, dist));
      ctx.fill(dark.toPath());
    }
    if (!lit.empty) {
      ctx.fillStyle = toRgba(hazed(light, [255, 210, 140], dist * 0.5));
      ctx.fill(lit.toPath());
    }
    if (!shop.empty) {
      ctx.fillStyle = toRgba(hazed(light, night || litShare > 0 ? [255, 226, 170] : scaleRgb(glass, 0.8), dist * 0.6));
      ctx.fill(shop.toPath());
    }
  }
}
