/**
 * Soft pools of lamp light: a radial glow around a point in the room (a lamp shade, a pendant,
 * the studio's spotlight on the backdrop), brighter after dark.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { parseColour, toRgba } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { viewOf } from '../geometry/projectWorld.ts';

export interface Glow {
  at: Vec3;
  /** World radius of the glow (m). */
  radius: number;
  colour: string;
  /** Strength by day and at night. */
  day: number;
  night: number;
  /** Flattened vertically (a pool on a wall or floor) when < 1. */
  squash?: number;
}

export class GlowLayer implements BackdropLayer {
  readonly name = 'glow';

  constructor(private readonly glows: readonly Glow[]) {}

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const night = view.scene.timeOfDay === 'night' || view.scene.timeOfDay === 'sunset' && view.lighting.indoor === true;
    const v = [0, 0, 0];
    for (const g of this.glows) {
      const a = night ? g.night : g.day;
      if (a <= 0.06) continue;
      viewOf(view.basis, g.at[0], g.at[1], g.at[2], v);
      if (v[2]! < 0.2) continue;
      const s = view.focal / v[2]!;
      const x = view.basis.cx + v[0]! * s;
      const y = view.basis.cy - v[1]! * s;
      const r = g.radius * s;
      if (x + r < 0 || x - r > view.width || y + r < 0 || y - r > view.height) continue;
      const c = parseColour(g.colour);
      ctx.save();
      ctx.translate(x, y);
      ctx.scale(1, g.squash ?? 1);
      const grad = ctx.createRadialGradient(0, 0, 0, 0, 0, r);
      grad.addColorStop(0, toRgba(c, a));
      grad.addColorStop(1, toRgba(c, 0));
      ctx.fillStyle = grad;
      ctx.fillRect(-r, -r, r * 2, r * 2);
      ctx.restore();
    }
  }
}
