/**
 * Soft, lit cloud sprites, painted once per scene into small offscreen canvases: a cluster of
 * puffs with a shaded underside, sunlit tops and a bright edge, softened with a blur. Drawing
 * a cloud is then one scaled drawImage.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { createRandom } from '../../../random/createRandom.ts';
import { toRgba, type Rgb } from '../../lighting/colour.ts';

export interface CloudColours {
  shadow: Rgb;
  body: Rgb;
  lit: Rgb;
}

export type CloudShape = 'cumulus' | 'stratus' | 'towering';

export const SPRITE_W = 320;
export const SPRITE_H = 160;

export function paintCloudSprite(seed: number, shape: CloudShape, colours: CloudColours, sunSide: number): Canvas {
  const rnd = createRandom(seed, `cloud-${shape}`);
  const h = shape === 'towering' ? SPRITE_H * 2 : SPRITE_H;
  const canvas = createCanvas(SPRITE_W, h);
  const ctx = canvas.getContext('2d');
  const blur = shape === 'stratus' ? 8 : 2.5;
  ctx.filter = `blur(${blur}px)`;
  const puffs: { x: number; y: number; r: number }[] = [];
  const k = SPRITE_W / 256;
  const baseY = h - 22;
  if (shape === 'stratus') {
    // A long, flat sheet: overlapping lobes thickest in the middle.
    for (let i = 0; i < 16; i++) {
      const t = (i + 0.5) / 16;
      const bulk = Math.sin(Math.PI * t);
      puffs.push({ x: 24 * k + (SPRITE_W - 48 * k) * t, y: h * (0.62 - 0.12 * bulk) + rnd.range(-4, 4) * k, r: (10 + 22 * bulk) * k * rnd.range(0.8, 1.15) });
    }
  } else {
    const count = shape === 'towering' ? 14 : 9;
    // A flat-bottomed row of puffs, then smaller ones heaped on top towards the middle.
    for (let i = 0; i < 6; i++) {
      const x = 40 + ((SPRITE_W - 80) * i) / 5 + rnd.range(-8, 8);
      const r = rnd.range(16, 26) * k;
      puffs.push({ x, y: baseY - r * 0.6, r });
    }
    for (let i = 0; i < count; i++) {
      const t = rnd.range(0.2, 0.8);
      const top = shape === 'towering' ? rnd.range(0.15, 0.75) : rnd.range(0.3, 0.65);
      const r = rnd.range(18, shape === 'towering' ? 40 : 34) * k * (1 - Math.abs(t - 0.5));
      puffs.push({ x: SPRITE_W * t, y: baseY - (h - 40 * k) * top, r: r + 8 * k });
    }
  }
  const layer = (colour: Rgb, dx: number, dy: number, shrink: number, alpha: number): void => {
    ctx.fillStyle = toRgba(colour, alpha);
    ctx.beginPath();
    for (const p of puffs) {
      const r = Math.max(2, p.r * shrink);
      ctx.moveTo(p.x + dx + r, p.y + dy);
      ctx.arc(p.x + dx, p.y + dy, r, 0, Math.PI * 2);
    }
    ctx.fill();
  };
  layer(colours.shadow, 0, 0, 1, 1);
  layer(colours.body, sunSide * 3 * k, -5 * k, 0.9, 1);
  layer(colours.lit, sunSide * 6 * k, -10 * k, 0.72, 0.9);
  // Keep the base flat: clouds sit on a level where the air condenses.
  if (shape !== 'stratus') {
    ctx.filter = 'none';
    ctx.globalCompositeOperation = 'destination-out';
    const g = ctx.createLinearGradient(0, baseY - 6, 0, baseY + 6);
    g.addColorStop(0, 'rgba(0,0,0,0)');
    g.addColorStop(1, 'rgba(0,0,0,1)');
    ctx.fillStyle = g;
    ctx.fillRect(0, baseY - 6, SPRITE_W, h - baseY + 6);
    ctx.globalCompositeOperation = 'source-over';
  }
  return canvas;
}
