/**
 * Procedural textures for the styles, made once per renderer from a fixed seed (so every frame
 * and every worker gets the same pixels) and composited each frame as repeating patterns: paper
 * fibre, clay fingerprints, watercolour pigment blooms, venetian-blind stripes and scanlines.
 * Multiply textures are white where they leave the picture alone.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { createRandom } from '../../random/createRandom.ts';
import type { TextureKind } from './StyleParams.ts';

/** Smooth value noise on a wrapping grid of `cells` × `cells`, sampled at (u, v) in [0, 1). */
function valueNoise(seed: number, cells: number): (u: number, v: number) => number {
  const rnd = createRandom(seed, `noise-${cells}`);
  const grid = Float32Array.from({ length: cells * cells }, () => rnd.next());
  const at = (i: number, j: number): number => grid[((j % cells) + cells) % cells * cells + (((i % cells) + cells) % cells)]!;
  return (u, v) => {
    const x = u * cells, y = v * cells;
    const i = Math.floor(x), j = Math.floor(y);
    const fx = x - i, fy = y - j;
    const sx = fx * fx * (3 - 2 * fx), sy = fy * fy * (3 - 2 * fy);
    const a = at(i, j) + (at(i + 1, j) - at(i, j)) * sx;
    const b = at(i, j + 1) + (at(i + 1, j + 1) - at(i, j + 1)) * sx;
    return a + (b - a) * sy;
  };
}

function tileFrom(size: number, shade: (x: number, y: number) => [number, number, number]): Canvas {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(size, size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b] = shade(x, y);
      const o = (y * size + x) * 4;
      img.data[o] = Math.max(0, Math.min(255, Math.round(r * 255)));
      img.data[o + 1] = Math.max(0, Math.min(255, Math.round(g * 255)));
      img.data[o + 2] = Math.max(0, Math.min(255, Math.round(b * 255)));
      img.data[o + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  return canvas;
}

/** Paper: fine tooth, soft cloudy formation and a few long fibres. */
function paperTile(amount: number): Canvas {
  const size = 256;
  const fine = createRandom(0x9a9e, 'paper-tooth');
  const tooth = Float32Array.from({ length: size * size }, () => fine.next());
  const cloud = valueNoise(0x9a9e, 8);
  const fibres = new Float32Array(size * size);
  const rnd = createRandom(0x9a9e, 'paper-fibres');
  for (let k = 0; k < 90; k++) {
    let x = rnd.next() * size, y = rnd.next() * size;
    let a = rnd.next() * Math.PI * 2;
    const len = 20 + rnd.next() * 60;
    const dark = rnd.next() < 0.35 ? 0.5 : -0.8;
    for (let s = 0; s < len; s++) {
      a += (rnd.next() - 0.5) * 0.25;
      x += Math.cos(a);
      y += Math.sin(a);
      const i = ((Math.floor(y) % size) + size) % size * size + (((Math.floor(x) % size) + size) % size);
      fibres[i] = dark;
    }
  }
  return tileFrom(size, (x, y) => {
    const i = y * size + x;
    const v = 1 - amount * (0.07 * tooth[i]! + 0.1 * cloud(x / size, y / size) + 0.035 * fibres[i]!);
    return [v, v * 0.995, v * 0.985];
  });
}

/** Clay: scattered fingerprint whorls (fine ridges) over a soft mottle. */
function fingerprintTile(amount: number): Canvas {
  const size = 256;
  const rnd = createRandom(0xc1a7, 'prints');
  const prints = Array.from({ length: 7 }, () => ({ x: rnd.next() * size, y: rnd.next() * size, r: 22 + rnd.next() * 26, sx: 0.7 + rnd.next() * 0.6, a: rnd.next() * Math.PI }));
  const mottle = valueNoise(0xc1a7, 6);
  const warp = valueNoise(0xc1a8, 12);
  return tileFrom(size, (x, y) => {
    let ridge = 0;
    for (const p of prints) {
      let dx = x - p.x, dy = y - p.y;
      dx -= Math.round(dx / size) * size;
      dy -= Math.round(dy / size) * size;
      const c = Math.cos(p.a), s = Math.sin(p.a);
      const u = (dx * c + dy * s) * p.sx, v = -dx * s + dy * c;
      const d = Math.hypot(u, v);
      if (d > p.r) continue;
      const edge = 1 - d / p.r;
      const w = 0.5 + 0.5 * Math.sin(d * 1.35 + warp(x / size, y / size) * 6);
      ridge = Math.max(ridge, w * Math.min(1, edge * 3));
    }
    const v = 1 - amount * (0.2 * ridge + 0.12 * mottle(x / size, y / size));
    return [v, v * 0.99, v * 0.975];
  });
}

/** Watercolour: pigment pooling in blooms at two scales, and the paper's cold-pressed grain. */
function watercolourTile(amount: number): Canvas {
  const size = 512;
  const big = valueNoise(0x3a7e, 5);
  const mid = valueNoise(0x3a7f, 13);
  const fine = createRandom(0x3a7e, 'grain');
  const grain = valueNoise(0x3a80, 96);
  return tileFrom(size, (x, y) => {
    const u = x / size, v = y / size;
    const bloom = big(u, v) * 0.6 + mid(u, v) * 0.4;
    // Pigment collects at the edges of a bloom: a thin darker rim where the noise crosses a level.
    const rim = Math.max(0, 1 - Math.abs(bloom - 0.5) * 14);
    const g = grain(u, v) * 0.7 + fine.next() * 0.3;
    const k = 1 - amount * (0.2 * bloom + 0.05 * rim + 0.1 * g);
    return [k, k * 0.99, k * 0.97];
  });
}

export function styleTexture(kind: TextureKind, amount: number): Canvas {
  switch (kind) {
    case 'paper':
      return paperTile(amount);
    case 'fingerprint':
      return fingerprintTile(amount);
    case 'watercolour':
      return watercolourTile(amount);
  }
}

/** Venetian blinds: soft-edged dark bands, one period tall (the caller rotates the pattern). */
export function blindsTile(period: number, strength: number): Canvas {
  const h = Math.max(4, Math.round(period));
  const canvas = createCanvas(4, h);
  const ctx = canvas.getContext('2d');
  const g = ctx.createLinearGradient(0, 0, 0, h);
  const dark = Math.round(255 * (1 - strength));
  const d = `rgb(${dark},${dark},${dark})`;
  g.addColorStop(0, '#ffffff');
  g.addColorStop(0.38, '#ffffff');
  g.addColorStop(0.5, d);
  g.addColorStop(0.9, d);
  g.addColorStop(1, '#ffffff');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 4, h);
  return canvas;
}

/** Scanlines: one darker row in every `period`. */
export function scanlineTile(period: number, strength: number): Canvas {
  const h = Math.max(2, Math.round(period));
  const canvas = createCanvas(2, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 2, h);
  const v = Math.round(255 * (1 - strength));
  ctx.fillStyle = `rgb(${v},${v},${v})`;
  ctx.fillRect(0, h - 1, 2, 1);
  return canvas;
}
