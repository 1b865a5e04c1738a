/**
 * The visible mark: a small clapperboard, the "Klappe" wordmark and an "AI" tag, with the
 * creator's @handle underneath when known. White at partial opacity with a dark outline, so
 * it stays legible on bright and dark footage alike; sized from the frame's short side.
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

const require = createRequire(import.meta.url);
const FAMILY = 'Klappe Mark';
let fontsLoaded = false;

function loadFonts(): void {
  if (fontsLoaded) return;
  fontsLoaded = true;
  for (const weight of [600, 800]) {
    try {
      GlobalFonts.registerFromPath(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`), FAMILY);
    } catch {
      // Falls back to the system sans-serif.
    }
  }
}

/** Handles are drawn as given, limited to a length that fits beside the wordmark. */
export function normaliseHandle(handle: string | undefined): string | undefined {
  const h = handle?.trim().replace(/^@+/, '').replace(/[\u0000-\u001f\u007f]/g, '');
  if (!h) return undefined;
  return `@${h.length > 24 ? `${h.slice(0, 23)}…` : h}`;
}

export interface MarkImage {
  canvas: Canvas;
  width: number;
  height: number;
}

const FILL = 'rgba(255,255,255,0.86)';
const OUTLINE = 'rgba(10,12,16,0.72)';
const SHADOW = 'rgba(0,0,0,0.35)';

function clapper(ctx: SKRSContext2D, x: number, y: number, s: number, outline: number): void {
  // s: the icon's height. Body, then the hinged top stick with diagonal stripes.
  const w = s * 1.12;
  const bodyTop = y + s * 0.34;
  const stick = new Path2D();
  stick.moveTo(x, y + s * 0.22);
  stick.lineTo(x + w * 0.97, y);
  stick.lineTo(x + w * 1.0, y + s * 0.17);
  stick.lineTo(x + w * 0.03, y + s * 0.39);
  stick.closePath();
  const body = new Path2D();
  body.roundRect(x, bodyTop, w, s - (bodyTop - y), s * 0.1);
  for (const p of [stick, body]) {
    ctx.lineWidth = outline;
    ctx.strokeStyle = OUTLINE;
    ctx.stroke(p);
    ctx.fillStyle = FILL;
    ctx.fill(p);
  }
  // Stripes cut into the stick and the body's top band.
  ctx.save();
  ctx.globalCompositeOperation = 'destination-out';
  ctx.fillStyle = 'rgba(0,0,0,0.75)';
  for (let i = 0; i < 3; i++) {
    const sx = x + w * (0.16 + i * 0.3);
    ctx.beginPath();
    ctx.moveTo(sx, y + s * (0.2 - i * 0.07) + s * 0.01);
    ctx.lineTo(sx + w * 0.12, y + s * (0.17 - i * 0.07));
    ctx.lineTo(sx + w * 0.06, y + s * (0.36 - i * 0.07));
    ctx.lineTo(sx - w * 0.06, y + s * (0.39 - i * 0.07));
    ctx.closePath();
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(sx, bodyTop + s * 0.05);
    ctx.lineTo(sx + w * 0.13, bodyTop + s * 0.05);
    ctx.lineTo(sx + w * 0.05, bodyTop + s * 0.2);
    ctx.lineTo(sx - w * 0.08, bodyTop + s * 0.2);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}

function outlinedText(ctx: SKRSContext2D, text: string, x: number, y: number, outline: number): void {
  ctx.lineJoin = 'round';
  ctx.lineWidth = outline;
  ctx.strokeStyle = OUTLINE;
  ctx.save();
  ctx.shadowColor = SHADOW;
  ctx.shadowBlur = outline * 1.5;
  ctx.strokeText(text, x, y);
  ctx.restore();
  ctx.fillStyle = FILL;
  ctx.fillText(text, x, y);
}

/** Draws the mark once; frames then place the image. */
export function drawVisibleMark(frameWidth: number, frameHeight: number, handle?: string): MarkImage {
  loadFonts();
  const short = Math.min(frameWidth, frameHeight);
  const em = Math.max(12, Math.round(short * 0.046));
  const small = Math.max(10, Math.round(em * 0.6));
  const outline = Math.max(2, em * 0.16);
  const pad = Math.ceil(outline * 2);
  const word = `800 ${em}px "${FAMILY}", sans-serif`;
  const tagFont = `800 ${Math.max(9, Math.round(em * 0.44))}px "${FAMILY}", sans-serif`;
  const handleFont = `600 ${small}px "${FAMILY}", sans-serif`;
  const text = normaliseHandle(handle);

  const measure = createCanvas(8, 8).getContext('2d');
  measure.font = word;
  const wordWidth = measure.measureText('Klappe').width;
  measure.font = tagFont;
  const tagWidth = measure.measureText('AI').width + em * 0.3;
  measure.font = handleFont;
  const handleWidth = text ? measure.measureText(text).width : 0;

  const icon = em * 0.9;
  const gap = em * 0.28;
  const textX = pad + icon * 1.12 + gap;
  const line1 = em * 1.05;
  const width = Math.ceil(Math.max(textX + wordWidth + gap * 0.6 + tagWidth, textX + handleWidth) + pad);
  const height = Math.ceil(pad + line1 + (text ? small * 1.25 : 0) + pad);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.textBaseline = 'alphabetic';
  clapper(ctx, pad, pad + (line1 - icon) * 0.55, icon, outline * 0.8);
  ctx.font = word;
  const baseline = pad + em * 0.86;
  outlinedText(ctx, 'Klappe', textX, baseline, outline);
  // "AI" in a small rounded tag after the wordmark.
  const tagX = textX + wordWidth + gap * 0.6;
  const tagH = em * 0.5;
  const tagY = baseline - em * 0.62;
  ctx.beginPath();
  ctx.roundRect(tagX, tagY, tagWidth, tagH, tagH * 0.3);
  ctx.lineWidth = outline * 0.6;
  ctx.strokeStyle = OUTLINE;
  ctx.stroke();
  ctx.fillStyle = FILL;
  ctx.fill();
  ctx.font = tagFont;
  ctx.save();
  ctx.fillStyle = 'rgba(10,12,16,0.85)';
  ctx.textAlign = 'center';
  ctx.fillText('AI', tagX + tagWidth / 2, tagY + tagH * 0.78);
  ctx.restore();
  if (text) {
    ctx.font = handleFont;
    outlinedText(ctx, text, textX, pad + line1 + small * 0.95, outline * 0.75);
  }
  return { canvas, width, height };
}
