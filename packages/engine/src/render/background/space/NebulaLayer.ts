/**
 * Deep-space glow: the band of the Milky Way and a few coloured nebula clouds, fixed on the
 * sky sphere so they turn with the camera. Painted once per scene into a small soft sprite
 * each and drawn scaled (cheap, and naturally soft).
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { normalize } from '../../../math/vec3.ts';
import { createRandom } from '../../../random/createRandom.ts';
import { toRgba, type Rgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { projectDirection } from '../geometry/projectWorld.ts';

interface Cloud {
  direction: Vec3;
  /** Angular size in degrees. */
  size: number;
  sprite: Canvas;
  alpha: number;
}

function nebulaSprite(seed: number, colours: readonly Rgb[]): Canvas {
  const c = createCanvas(96, 96);
  const ctx = c.getContext('2d');
  const rnd = createRandom(seed, 'nebula-sprite');
  ctx.filter = 'blur(6px)';
  for (let i = 0; i < 14; i++) {
    const x = 48 + rnd.gaussian() * 12;
    const y = 48 + rnd.gaussian() * 10;
    const r = rnd.range(8, 20);
    const col = colours[i % colours.length]!;
    const g = ctx.createRadialGradient(x, y, 0, x, y, r);
    g.addColorStop(0, toRgba(col, 0.5));
    g.addColorStop(1, toRgba(col, 0));
    ctx.fillStyle = g;
    ctx.fillRect(x - r, y - r, r * 2, r * 2);
  }
  return c;
}

export class NebulaLayer implements BackdropLayer {
  readonly name = 'nebula';
  private readonly clouds: Cloud[] = [];

  constructor(seed: number, strength: number) {
    const rnd = createRandom(seed, 'nebula');
    const palettes: Rgb[][] = [
      [[150, 70, 200], [60, 90, 220], [220, 90, 160]],
      [[40, 160, 180], [80, 60, 190], [30, 110, 200]],
      [[220, 110, 80], [180, 60, 140], [120, 60, 200]],
    ];
    // The galactic band: a chain of faint clouds along a tilted great circle.
    const tilt = rnd.range(0.3, 0.9);
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * Math.PI * 2;
      const d: Vec3 = normalize([Math.cos(a), Math.sin(a) * Math.sin(tilt), Math.sin(a) * Math.cos(tilt)]);
      this.clouds.push({ direction: d, size: rnd.range(22, 30), sprite: nebulaSprite(seed + i, [[120, 120, 170], [170, 150, 200], [90, 100, 160]]), alpha: 0.35 * strength });
    }
    for (let i = 0; i < 3; i++) {
      const d: Vec3 = normalize([rnd.gaussian(), rnd.gaussian() * 0.6, -Math.abs(rnd.gaussian()) - 0.3]);
      this.clouds.push({ direction: d, size: rnd.range(18, 32), sprite: nebulaSprite(seed + 100 + i, palettes[i % palettes.length]!), alpha: 0.6 * strength });
    }
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    ctx.save();
    ctx.globalCompositeOperation = 'lighter';
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'low';
    for (const c of this.clouds) {
      const p = projectDirection(view.basis, c.direction);
      if (!p) continue;
      const r = view.focal * Math.tan((c.size * Math.PI) / 360);
      if (p.x + r < 0 || p.x - r > view.width || p.y + r < 0 || p.y - r > view.height) continue;
      ctx.globalAlpha = c.alpha;
      ctx.drawImage(c.sprite, p.x - r, p.y - r, r * 2, r * 2);
    }
    ctx.restore();
  }
}
