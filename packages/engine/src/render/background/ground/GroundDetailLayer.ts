/**
 * Small things lying on the ground, scattered from the seed and drawn in perspective: grass
 * tufts and wild flowers, fallen leaves, sand ripples and shells, pebbles, snow drifts and
 * glints, moon rocks. Things too small to see at their distance are skipped; the rest are
 * batched into one fill per colour.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { createRandom } from '../../../random/createRandom.ts';
import { mixRgb, parseColour, scaleRgb, toRgba, type Rgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { screenHalfPlane } from '../geometry/horizon.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { viewOf } from '../geometry/projectWorld.ts';
import { hazed, litRgb, UP } from '../geometry/shading.ts';

export type DetailKind = 'tuft' | 'flower' | 'leaf' | 'ripple' | 'shell' | 'pebble' | 'drift' | 'glint' | 'moon-rock';

export interface DetailSpec {
  kind: DetailKind;
  /** Items per square metre near the middle of the scene (thinning out with distance). */
  density: number;
  /** Typical size (m). */
  size: number;
  colours: readonly string[];
  /** At most this many drawn per frame (default: the layer's limit). */
  max?: number;
}

interface Item {
  x: number;
  z: number;
  size: number;
  colour: number;
  r: number;
}

interface DetailSet {
  spec: DetailSpec;
  items: Item[];
}

export class GroundDetailLayer implements BackdropLayer {
  readonly name = 'ground-details';
  private readonly sets: DetailSet[] = [];

  /**
   * `radius`: how far around the origin details are scattered; `exclude` keeps them off water or
   * a floor. Density falls off with distance (far details are too small to read and would cost
   * as much to draw as near ones), and at most `maxDrawn` of each kind are drawn per frame
   * (a random share of those in view, so a high camera still sees them spread out).
   */
  constructor(seed: number, specs: readonly DetailSpec[], private readonly radius: number, exclude?: (x: number, z: number) => boolean, private readonly maxDrawn = 90) {
    const r0 = 7;
    const spread = Math.log(1 + (radius / r0) ** 2);
    specs.forEach((spec, k) => {
      const rnd = createRandom(seed, `ground-detail-${spec.kind}-${k}`);
      // As many as uniform density over a disc of radius r0 * 2.5, spread with density ∝ 1 / (1 + (r / r0)²).
      const count = Math.round(Math.PI * (r0 * 2.5) ** 2 * spec.density);
      const items: Item[] = [];
      for (let i = 0; i < count; i++) {
        const a = rnd.range(0, Math.PI * 2);
        const d = r0 * Math.sqrt(Math.exp(rnd.next() * spread) - 1);
        const x = Math.sin(a) * d;
        const z = -Math.cos(a) * d;
        const size = spec.size * rnd.range(0.6, 1.4);
        const colour = rnd.int(0, spec.colours.length - 1);
        const r = rnd.next();
        if (exclude?.(x, z)) continue;
        items.push({ x, z, size, colour, r });
      }
      this.sets.push({ spec, items });
    });
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const { basis, width, height, light } = view;
    const eyeY = basis.eye[1];
    if (eyeY <= 0.02) return;
    const below = screenHalfPlane(view.horizon, width, height, 0, -1);
    if (below.length < 6) return;
    const v = [0, 0, 0];
    const { focal, cx, cy } = basis;
    const h = view.horizon;
    const tx = h.valid ? h.tx : 1;
    const ty = h.valid ? h.ty : 0;
    for (const set of this.sets) {
      const { spec } = set;
      const builders = spec.colours.map(() => new PathBuilder());
      const shade = new PathBuilder();
      let dist = 0;
      let drawn = 0;
      for (const it of set.items) {
        if (drawn >= (spec.max ?? this.maxDrawn)) break;
        viewOf(basis, it.x, 0, it.z, v);
        const depth = v[2]!;
        if (depth < 0.6) continue;
        const s = focal / depth;
        const px = it.size * s;
        if (px < 1.6) continue;
        const x = cx + v[0]! * s;
        const y = cy - v[1]! * s;
        if (x < -px || x > width + px || y < -px || y > height + px) continue;
        dist += depth;
        drawn++;
        const pb = builders[it.colour]!;
        // Flat things are foreshortened by the angle we look at the ground.
        const flat = Math.min(1, eyeY / depth);
        switch (spec.kind) {
          case 'tuft': {
            const lean = (it.r - 0.5) * px * 0.6;
            const w = Math.max(0.5, px * 0.09);
            for (let b = -1; b <= 1; b++) {
              const bx = x + b * w * 1.6;
              const tipx = bx + lean + b * px * 0.3;
              const tipy = y - px * (b === 0 ? 1 : 0.75);
              // Blades as thin triangles, from base to tip (x along the horizon, y up).
              pb.moveTo(bx - w * tx, y - w * ty).lineTo(tipx, tipy).lineTo(bx + w * tx, y + w * ty).close();
            }
            break;
          }
          case 'flower': {
            const r = Math.max(0.7, px * 0.5);
            pb.ellipse(x, y - px * 1.2, r, r * 0.8);
            if (px > 4) shade.moveTo(x - 0.4, y).lineTo(x, y - px * 1.2).lineTo(x + 0.4, y).close();
            break;
          }
          case 'leaf':
          case 'shell':
          case 'pebble':
          case 'moon-rock': {
            const rx = px * 0.5;
            const ry = Math.max(0.5, rx * (spec.kind === 'pebble' || spec.kind === 'moon-rock' ? Math.max(flat, 0.5) : flat));
            pb.ellipse(x, y, rx, ry);
            if ((spec.kind === 'pebble' || spec.kind === 'moon-rock') && px > 3) shade.ellipse(x, y + ry * 0.5, rx * 0.9, ry * 0.45);
            break;
          }
          case 'ripple':
          case 'drift': {
            // A soft wavy line lying across the ground.
            const len = px * 2.2;
            const amp = Math.max(0.4, px * 0.12 * flat * 4);
            const thick = Math.max(0.4, px * 0.035 * flat * 4);
            pb.moveTo(x - len, y).quadTo(x - len / 2, y - amp, x, y).quadTo(x + len / 2, y + amp, x + len, y)
              .lineTo(x + len, y + thick).quadTo(x + len / 2, y + amp + thick, x, y + thick).quadTo(x - len / 2, y - amp + thick, x - len, y + thick).close();
            break;
          }
          case 'glint': {
            const r = Math.max(0.5, px * 0.3);
            pb.rect(x - r / 2, y - r / 2, r, r);
            break;
          }
        }
      }
      if (drawn === 0) continue;
      const mean = dist / drawn;
      if (!shade.empty) {
        ctx.fillStyle = toRgba(hazed(light, scaleRgb(litRgb(light, parseColour(spec.colours[0]!), UP), 0.55), mean), spec.kind === 'flower' ? 0.8 : 0.4);
        ctx.fill(shade.toPath());
      }
      builders.forEach((pb, i) => {
        if (pb.empty) return;
        const albedo = parseColour(spec.colours[i]!);
        let c: Rgb = litRgb(light, albedo, spec.kind === 'tuft' || spec.kind === 'flower' ? [0, 0.6, 0.8] : UP, 0.4);
        if (spec.kind === 'glint') c = mixRgb([255, 255, 255], parseColour(view.lighting.sunColour), 0.3);
        ctx.fillStyle = toRgba(hazed(light, c, mean), spec.kind === 'ripple' || spec.kind === 'drift' ? 0.3 : spec.kind === 'glint' ? 0.9 : 1);
        ctx.fill(pb.toPath());
      });
    }
  }
}
