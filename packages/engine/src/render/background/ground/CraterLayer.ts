/**
 * Craters on the Moon's ground: shallow bowls seen in perspective, their inner wall on the
 * sun's side in shadow and the far wall and raised rim catching the hard light.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { createRandom } from '../../../random/createRandom.ts';
import { parseColour, scaleRgb, toRgba, mixRgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { viewOf } from '../geometry/projectWorld.ts';
import { litRgb, UP } from '../geometry/shading.ts';

interface Crater {
  x: number;
  z: number;
  r: number;
}

export class CraterLayer implements BackdropLayer {
  readonly name = 'craters';
  private readonly craters: Crater[] = [];

  constructor(seed: number, extent: number) {
    const rnd = createRandom(seed, 'craters');
    for (let i = 0; i < 110; i++) {
      const a = rnd.range(0, Math.PI * 2);
      const d = extent * Math.sqrt(rnd.next());
      const r = Math.pow(rnd.next(), 3) * 5 + 0.25;
      const x = Math.sin(a) * d;
      const z = -Math.cos(a) * d;
      if (Math.hypot(x, z) < r + 2.5) continue;
      this.craters.push({ x, z, r });
    }
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const { basis } = view;
    const eyeY = basis.eye[1];
    if (eyeY <= 0.02) return;
    const base = litRgb(view.light, parseColour('#8d8b87'), UP, 0.2);
    const shadow = toRgba(scaleRgb(base, 0.45), 0.85);
    const rim = toRgba(mixRgb(base, [255, 255, 255], 0.25), 0.9);
    const sun = view.lighting.sunDirection;
    // Screen direction the light comes from across the ground.
    const sx = sun[0] * basis.right[0] + sun[2] * basis.right[2];
    const sz = sun[0] * basis.forward[0] + sun[2] * basis.forward[2];
    const sl = Math.hypot(sx, sz) || 1;
    const v = [0, 0, 0];
    for (const c of this.craters) {
      viewOf(basis, c.x, 0, c.z, v);
      if (v[2]! < 1) continue;
      const s = view.focal / v[2]!;
      const x = basis.cx + v[0]! * s;
      const y = basis.cy - v[1]! * s;
      const rx = c.r * s;
      const ry = rx * Math.min(1, eyeY / v[2]!);
      if (rx < 1 || x + rx < 0 || x - rx > view.width || y + ry < 0 || y - ry > view.height) continue;
      const ox = (sx / sl) * rx * 0.25;
      const oy = -(sz / sl) * ry * 0.25;
      ctx.fillStyle = rim;
      ctx.beginPath();
      ctx.ellipse(x - ox * 0.4, y - oy * 0.4, rx * 1.08, ry * 1.12, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = toRgba(scaleRgb(base, 0.85));
      ctx.beginPath();
      ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.save();
      ctx.beginPath();
      ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2);
      ctx.clip();
      ctx.fillStyle = shadow;
      ctx.beginPath();
      ctx.ellipse(x + ox * 2.2, y + oy * 2.2, rx, ry, 0, 0, Math.PI * 2);
      ctx.rect(x - rx * 2, y - ry * 2, rx * 4, ry * 4);
      ctx.fill('evenodd');
      ctx.restore();
    }
  }
}
