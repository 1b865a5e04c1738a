/**
 * The style stage of one frame renderer: a style's parameters scaled to the frame, its
 * textures and scratch surfaces made once, and the drawing it adds at three points of a
 * frame — after the backdrop (depth of field), after the models (speed lines, blind shadows)
 * and at the end (colour grade, halation, texture, tape, pixels, vignette, grain).
 * Everything is done with Skia compositing; per-pixel JavaScript only touches small
 * downscaled copies.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { ViewBasis } from '../../math/projectPoint.ts';
import { createRandom } from '../../random/createRandom.ts';
import type { FrameState, Timeline } from '../../timeline/Timeline.ts';
import { drawingFrameOf } from './drawingFrameOf.ts';
import { drawSpeedLines } from './drawSpeedLines.ts';
import type { PartStyle, StyleParams } from './StyleParams.ts';
import { blindsTile, scanlineTile, styleTexture } from './styleTextures.ts';
import { drawVignette, type VignetteShape } from '../post/drawVignette.ts';

interface Scratch {
  canvas: Canvas;
  ctx: SKRSContext2D;
  w: number;
  h: number;
}

function scratch(w: number, h: number): Scratch {
  const cw = Math.max(1, Math.round(w)), ch = Math.max(1, Math.round(h));
  const canvas = createCanvas(cw, ch);
  return { canvas, ctx: canvas.getContext('2d'), w: cw, h: ch };
}

export interface StyleStage {
  readonly params: StyleParams;
  /** Part shading for this frame size (pixel sizes scaled); undefined = plain smooth shading. */
  readonly parts: PartStyle | undefined;
  /** The timeline frame output frame `index` shows (stop-motion holds drawings). */
  drawingFrame(index: number): number;
  /** Stop motion: draws the last composed drawing again when `drawn` is it (true), so a held drawing is composed once. */
  reuseDrawing(ctx: SKRSContext2D, drawn: number): boolean;
  /** Stop motion: remembers the frame just composed as drawing `drawn`. */
  keepDrawing(ctx: SKRSContext2D, drawn: number): void;
  afterBackground(ctx: SKRSContext2D, canvas: CanvasLike): void;
  afterEntities(ctx: SKRSContext2D, frame: FrameState, basis: ViewBasis): void;
  post(ctx: SKRSContext2D, canvas: CanvasLike, frame: number): void;
}

/** The surface being drawn (what drawImage can read). */
export type CanvasLike = Canvas;

export function createStyleStage(params: StyleParams, timeline: Timeline): StyleStage {
  const { width, height, fps } = timeline;
  const seed = timeline.plan.seed;
  // Pixel sizes are for a 720-pixel short side (9:16 720x1280, 16:9 1280x720 alike).
  const scale = Math.min(width, height) / 720;
  const p = params.parts;
  const plainParts = p.bands === 0 && p.flatten === 0 && p.specular === 1 && !p.outline && !p.dropShadow;
  const parts: PartStyle | undefined = plainParts
    ? undefined
    : {
        ...p,
        ...(p.outline ? { outline: { colour: p.outline.colour, width: Math.max(0.6, p.outline.width * scale) } } : {}),
        ...(p.dropShadow ? { dropShadow: { ...p.dropShadow, dx: p.dropShadow.dx * scale, dy: p.dropShadow.dy * scale } } : {}),
      };
  const g = params.grade;
  const texture = params.texture ? styleTexture(params.texture.kind, params.texture.amount) : null;
  const onParts = params.texture?.on === 'parts';
  const textureScale = Math.max(0.5, scale * 1.5);
  // Repeating tiles are laid out once over a whole frame: a plain blit per frame is several times cheaper than a pattern fill.
  const textureFrame = texture ? tiled(texture, width, height, textureScale) : null;
  if (textureFrame && onParts && parts) parts.surface = { image: textureFrame };
  const blinds = params.blinds > 0 ? blindsLayer(width, height, scale, params.blinds) : null;
  const tones = params.backdropTones && params.backdropTones > 1 ? scratch(width / 2, height / 2) : null;
  const scan = params.tape && params.tape.scanlines > 0 ? tiled(scanlineTile(Math.max(2, 3 * scale), params.tape.scanlines), width, height, 1) : null;
  const grainFrame = g.grain > 0.001 ? tiled(grainTile(), width + GRAIN_TILE, height + GRAIN_TILE, 1, true) : null;
  const blurBy = 2 + 5 * params.depthOfField;
  const dof = params.depthOfField > 0 ? scratch(width / blurBy, height / blurBy) : null;
  const glow = g.halation > 0 ? scratch(width / 8, height / 8) : null;
  const copy = g.contrast > 0 || (params.tape && params.tape.tracking > 0) ? scratch(width, height) : null;
  const bleed = params.tape && params.tape.bleed > 0 ? scratch(width / 10, height / 2) : null;
  const held = params.drawingsPerSecond ? scratch(width, height) : null;
  let heldDrawing = -1;
  const pixels = params.pixel ? scratch(width / (params.pixel.block * scale), height / (params.pixel.block * scale)) : null;

  return {
    params,
    parts,
    drawingFrame: (index) => drawingFrameOf(index, fps, params.drawingsPerSecond),

    reuseDrawing(ctx, drawn) {
      if (!held || drawn !== heldDrawing) return false;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.globalCompositeOperation = 'copy';
      ctx.drawImage(held.canvas, 0, 0);
      ctx.restore();
      return true;
    },

    keepDrawing(ctx, drawn) {
      if (!held) return;
      held.ctx.globalCompositeOperation = 'copy';
      held.ctx.drawImage(ctx.canvas, 0, 0);
      heldDrawing = drawn;
    },

    afterBackground(ctx, canvas) {
      if (tones && params.backdropTones) drawBackdropTones(ctx, canvas, tones, width, height, params.backdropTones);
      if (!dof) return;
      // Shallow depth of field: the backdrop, softened (models stay sharp on top).
      dof.ctx.imageSmoothingEnabled = true;
      dof.ctx.imageSmoothingQuality = 'low';
      dof.ctx.drawImage(canvas, 0, 0, width, height, 0, 0, dof.w, dof.h);
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'low';
      ctx.drawImage(dof.canvas, 0, 0, dof.w, dof.h, 0, 0, width, height);
      ctx.restore();
    },

    afterEntities(ctx, frame, basis) {
      if (params.speedLines) drawSpeedLines(ctx, timeline, frame, basis, 'rgba(255,255,255,0.85)', scale);
      if (blinds) {
        // Light through venetian blinds: slanted soft bands of shadow across the scene.
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.globalCompositeOperation = 'multiply';
        ctx.drawImage(blinds, 0, 0);
        ctx.restore();
      }
    },

    post(ctx, canvas, frame) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.globalCompositeOperation = 'source-over';
      if (glow) drawHalation(ctx, canvas, glow, width, height, g.halation, params.id === 'film-noir' ? [255, 255, 255] : [255, 120, 60]);
      if (copy && g.contrast > 0) {
        // S-curve: the frame overlaid on itself.
        copy.ctx.drawImage(canvas, 0, 0);
        ctx.globalCompositeOperation = 'overlay';
        ctx.globalAlpha = g.contrast;
        ctx.drawImage(copy.canvas, 0, 0);
      }
      if (g.saturation < 1) {
        ctx.globalCompositeOperation = 'saturation';
        ctx.globalAlpha = 1 - g.saturation;
        ctx.fillStyle = '#808080';
        ctx.fillRect(0, 0, width, height);
      }
      if (g.tint && g.tint.amount > 0) {
        ctx.globalCompositeOperation = g.tint.mode === 'normal' ? 'source-over' : g.tint.mode;
        ctx.globalAlpha = g.tint.amount;
        ctx.fillStyle = g.tint.colour;
        ctx.fillRect(0, 0, width, height);
      }
      if (g.fade > 0) {
        ctx.globalCompositeOperation = 'screen';
        ctx.globalAlpha = 1;
        const v = Math.round(g.fade * 255);
        ctx.fillStyle = `rgb(${v},${Math.round(v * 0.92)},${Math.round(v * 0.85)})`;
        ctx.fillRect(0, 0, width, height);
      }
      ctx.globalAlpha = 1;
      if (textureFrame && !onParts) {
        ctx.globalCompositeOperation = 'multiply';
        ctx.drawImage(textureFrame, 0, 0);
      }
      if (params.tape) drawTape(ctx, canvas, params.tape, { bleed, copy, scan }, width, height, scale, seed, frame);
      ctx.globalCompositeOperation = 'source-over';
      ctx.globalAlpha = 1;
      if (pixels && params.pixel) drawPixels(ctx, canvas, pixels, width, height, params.pixel.levels);
      if (g.vignette > 0.002) drawVignette(ctx, width, height, g.vignette, STYLE_VIGNETTE);
      if (grainFrame) drawGrain(ctx, grainFrame, width, height, g.grain, seed, g.grainMotion === 'moving' ? frame : 0);
      ctx.restore();
    },
  };
}

/**
 * Venetian-blind shadows, made once: slanted soft bands (multiply-ready, white = no shadow)
 * falling across the middle of the frame and fading out towards its edges.
 */
function blindsLayer(width: number, height: number, scale: number, strength: number): Canvas {
  const layer = createCanvas(width, height);
  const c = layer.getContext('2d');
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, width, height);
  const tile = blindsTile(58 * scale, 1);
  const pattern = c.createPattern(tile, 'repeat');
  if (!pattern) return layer;
  // Bands in a soft-edged pool of window light: drawn into a mask, then faded by a gradient.
  const bands = createCanvas(width, height);
  const b = bands.getContext('2d');
  b.save();
  b.translate(width * 0.3, height * 0.3);
  b.rotate(-0.38);
  b.fillStyle = pattern;
  const r = Math.hypot(width, height);
  b.fillRect(-r, -r, 2 * r, 2 * r);
  b.restore();
  // Keep the bands where the window's light falls: strongest upper middle, gone at the edges.
  b.globalCompositeOperation = 'screen';
  const g = b.createRadialGradient(width * 0.45, height * 0.42, Math.min(width, height) * 0.1, width * 0.45, height * 0.42, Math.max(width, height) * 0.5);
  const k = Math.round(255 * (1 - strength));
  g.addColorStop(0, `rgb(${k},${k},${k})`);
  g.addColorStop(1, '#ffffff');
  b.fillStyle = g;
  b.fillRect(0, 0, width, height);
  c.drawImage(bands, 0, 0);
  return layer;
}

/** Cut paper layers: the backdrop's colours flattened into a few tones, edges kept soft. */
function drawBackdropTones(ctx: SKRSContext2D, canvas: Canvas, s: Scratch, width: number, height: number, levels: number): void {
  s.ctx.imageSmoothingEnabled = true;
  s.ctx.imageSmoothingQuality = 'low';
  s.ctx.drawImage(canvas, 0, 0, width, height, 0, 0, s.w, s.h);
  const img = s.ctx.getImageData(0, 0, s.w, s.h);
  const d = img.data;
  const steps = levels - 1;
  // Quantise brightness only (hues stay), so a sky becomes bands of one blue.
  for (let i = 0; i < d.length; i += 4) {
    const l = Math.max(1, d[i]! * 0.299 + d[i + 1]! * 0.587 + d[i + 2]! * 0.114);
    const q = Math.max(0.5, Math.round((l / 255) * steps)) * (255 / steps);
    const k = q / l;
    d[i] = Math.min(255, d[i]! * k);
    d[i + 1] = Math.min(255, d[i + 1]! * k);
    d[i + 2] = Math.min(255, d[i + 2]! * k);
  }
  s.ctx.putImageData(img, 0, 0);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(s.canvas, 0, 0, s.w, s.h, 0, 0, width, height);
  ctx.restore();
}

/** Glow around highlights: a small copy keeps only what is bright, tinted, and is screened back up. */
function drawHalation(ctx: SKRSContext2D, canvas: Canvas, s: Scratch, width: number, height: number, amount: number, tint: readonly [number, number, number]): void {
  s.ctx.imageSmoothingEnabled = true;
  s.ctx.imageSmoothingQuality = 'low';
  s.ctx.drawImage(canvas, 0, 0, width, height, 0, 0, s.w, s.h);
  const img = s.ctx.getImageData(0, 0, s.w, s.h);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const lum = (d[i]! * 0.2126 + d[i + 1]! * 0.7152 + d[i + 2]! * 0.0722) / 255;
    const k = Math.max(0, (lum - 0.62) / 0.38);
    d[i] = tint[0] * k;
    d[i + 1] = tint[1] * k;
    d[i + 2] = tint[2] * k;
    d[i + 3] = 255;
  }
  s.ctx.putImageData(img, 0, 0);
  ctx.globalCompositeOperation = 'screen';
  ctx.globalAlpha = Math.min(1, amount);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(s.canvas, 0, 0, s.w, s.h, 0, 0, width, height);
  ctx.globalCompositeOperation = 'source-over';
  ctx.globalAlpha = 1;
}

/** 4×4 ordered dither thresholds, -0.5..0.5. */
const BAYER = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5].map((v) => (v + 0.5) / 16 - 0.5);

/** Pixel art: the frame drawn in big square pixels with a small palette, dithered. */
function drawPixels(ctx: SKRSContext2D, canvas: Canvas, s: Scratch, width: number, height: number, levels: number): void {
  s.ctx.imageSmoothingEnabled = true;
  s.ctx.imageSmoothingQuality = 'medium';
  s.ctx.drawImage(canvas, 0, 0, width, height, 0, 0, s.w, s.h);
  const img = s.ctx.getImageData(0, 0, s.w, s.h);
  const d = img.data;
  const steps = levels - 1;
  for (let y = 0; y < s.h; y++) {
    for (let x = 0; x < s.w; x++) {
      const o = (y * s.w + x) * 4;
      const t = BAYER[(y & 3) * 4 + (x & 3)]! * 0.45;
      for (let c = 0; c < 3; c++) {
        const v = d[o + c]! / 255;
        d[o + c] = Math.round(Math.max(0, Math.min(steps, Math.round(v * steps + t))) * (255 / steps));
      }
    }
  }
  s.ctx.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(s.canvas, 0, 0, s.w, s.h, 0, 0, width, height);
  ctx.imageSmoothingEnabled = true;
}

/** Video tape: colour smeared sideways and shifted, scanlines, and a rolling tracking band. */
function drawTape(
  ctx: SKRSContext2D,
  canvas: Canvas,
  tape: NonNullable<StyleParams['tape']>,
  s: { bleed: Scratch | null; copy: Scratch | null; scan: Canvas | null },
  width: number,
  height: number,
  scale: number,
  seed: number,
  frame: number,
): void {
  if (s.bleed) {
    s.bleed.ctx.imageSmoothingEnabled = true;
    s.bleed.ctx.imageSmoothingQuality = 'medium';
    s.bleed.ctx.drawImage(canvas, 0, 0, width, height, 0, 0, s.bleed.w, s.bleed.h);
    ctx.globalCompositeOperation = 'color';
    ctx.globalAlpha = tape.bleed;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(s.bleed.canvas, 0, 0, s.bleed.w, s.bleed.h, 4 * scale, 0, width, height);
  }
  ctx.globalAlpha = 1;
  if (s.scan) {
    ctx.globalCompositeOperation = 'multiply';
    ctx.drawImage(s.scan, 0, 0);
  }
  if (s.copy && tape.tracking > 0) {
    // A band of picture torn sideways, rolling down the frame over about four seconds.
    const band = Math.max(2, Math.round(height * 0.035));
    const y = Math.round((((frame * 0.008 + (seed % 97) / 97) % 1) * (height + band)) - band);
    const y0 = Math.max(0, y), y1 = Math.min(height, y + band);
    if (y1 > y0) {
      const rnd = createRandom(seed, `tracking-${frame}`);
      const shift = Math.round((6 + rnd.next() * 10) * scale * tape.tracking);
      s.copy.ctx.drawImage(canvas, 0, y0, width, y1 - y0, 0, 0, width, y1 - y0);
      ctx.globalCompositeOperation = 'source-over';
      ctx.drawImage(s.copy.canvas, 0, 0, width, y1 - y0, shift, y0, width, y1 - y0);
      ctx.globalCompositeOperation = 'screen';
      ctx.globalAlpha = 0.25 * tape.tracking;
      ctx.fillStyle = '#dfe6ff';
      ctx.fillRect(0, y0 + Math.floor((y1 - y0) * 0.6), width, Math.max(1, Math.round(scale * 2)));
      ctx.globalAlpha = 1;
    }
  }
  ctx.globalCompositeOperation = 'source-over';
}

/** The styles' vignette: a wider darkening than the scene's own. */
const STYLE_VIGNETTE: VignetteShape = { inner: 0.6, midAt: 0.45, midShare: 0.35 };

const GRAIN_TILE = 128;
let grain: Canvas | null = null;

/** Signed grain tile: light and dark specks on transparent (adds no grey). */
function grainTile(): Canvas {
  if (grain) return grain;
  const size = GRAIN_TILE;
  const tile = createCanvas(size, size);
  const tctx = tile.getContext('2d');
  const img = tctx.createImageData(size, size);
  const rnd = createRandom(0x6a1e, 'style-grain');
  for (let i = 0; i < size * size; i++) {
    const v = rnd.gaussian() * 0.5;
    const on = v > 0 ? 255 : 0;
    img.data[i * 4] = on;
    img.data[i * 4 + 1] = on;
    img.data[i * 4 + 2] = on;
    img.data[i * 4 + 3] = Math.round(Math.min(1, Math.abs(v)) * 255);
  }
  tctx.putImageData(img, 0, 0);
  grain = tile;
  return tile;
}

/** Grain: a window of the pre-tiled grain frame at a seeded offset (per frame for moving grain, else always the same). */
function drawGrain(ctx: SKRSContext2D, grainFrame: Canvas, width: number, height: number, amount: number, seed: number, frame: number): void {
  const rnd = createRandom(seed, `grain-${frame}`);
  const ox = Math.floor(rnd.next() * GRAIN_TILE), oy = Math.floor(rnd.next() * GRAIN_TILE);
  ctx.save();
  ctx.globalCompositeOperation = 'source-over';
  ctx.globalAlpha = Math.min(1, amount);
  ctx.drawImage(grainFrame, ox, oy, width, height, 0, 0, width, height);
  ctx.restore();
}

/** A tile repeated over a canvas of the given size (scaled by `scale`), made once. */
function tiled(tile: Canvas, width: number, height: number, scale: number, transparent = false): Canvas {
  const out = createCanvas(width, height);
  const c = out.getContext('2d');
  if (!transparent) {
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, width, height);
  }
  const pattern = c.createPattern(tile, 'repeat');
  if (pattern) {
    c.scale(scale, scale);
    c.fillStyle = pattern;
    c.fillRect(0, 0, width / scale, height / scale);
  }
  return out;
}
