/**
 * Burned-in captions for a timeline whose plan asks for them: the cue showing at each frame,
 * drawn last over the finished picture, white bold Noto Sans on a soft dark box inside the
 * platform-safe area. Right-to-left scripts are laid out right to left and shaped (Skia with
 * HarfBuzz); scripts without spaces break between characters.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Timeline } from '../timeline/Timeline.ts';
import { captionCues, type CaptionCue } from './captionCues.ts';
import { captionFontFamilies } from './captionFonts.ts';
import { captionLayout } from './captionLayout.ts';

export type CaptionPainter = (ctx: SKRSContext2D, frame: number) => void;

/** Undefined when the plan has no speech or does not burn captions in. */
export function captionPainterOf(timeline: Timeline): CaptionPainter | undefined {
  if (!timeline.plan.speech?.burnInCaptions || timeline.speech.length === 0) return undefined;
  const layout = captionLayout(timeline.width, timeline.height);
  const cues = captionCues(timeline.speech, { maxLineUnits: layout.lineUnits, clipEnd: timeline.duration });
  const fonts = new Map<CaptionCue, string>();
  return (ctx, frame) => {
    const t = frame / timeline.fps;
    const cue = cues.find((c) => t >= c.start && t < c.end);
    if (!cue) return;
    let families = fonts.get(cue);
    if (families === undefined) {
      families = captionFontFamilies(cue.lines.join(' '), cue.language);
      fonts.set(cue, families);
    }
    drawCue(ctx, cue, families, layout);
  };
}

export function drawCue(ctx: SKRSContext2D, cue: CaptionCue, families: string, layout: ReturnType<typeof captionLayout>): void {
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'source-over';
  let size = layout.fontSize;
  ctx.font = `700 ${size}px ${families}`;
  ctx.direction = cue.rtl ? 'rtl' : 'ltr';
  const widest = Math.max(...cue.lines.map((l) => ctx.measureText(l).width));
  if (widest > layout.maxWidth) {
    size = Math.floor((size * layout.maxWidth) / widest);
    ctx.font = `700 ${size}px ${families}`;
  }
  const lineHeight = (layout.lineHeight * size) / layout.fontSize;
  const padX = size * 0.45;
  const padY = size * 0.22;
  const n = cue.lines.length;
  const top = layout.bottom - n * lineHeight - 2 * padY;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  cue.lines.forEach((line, i) => {
    const w = ctx.measureText(line).width;
    const y = top + padY + i * lineHeight;
    ctx.fillStyle = 'rgba(0, 0, 0, 0.55)';
    ctx.beginPath();
    ctx.roundRect(layout.centerX - w / 2 - padX, y - (i === 0 ? padY : 0), w + 2 * padX, lineHeight + (i === 0 ? padY : 0) + (i === n - 1 ? padY : 0), size * 0.25);
    ctx.fill();
  });
  ctx.fillStyle = '#ffffff';
  ctx.shadowColor = 'rgba(0, 0, 0, 0.6)';
  ctx.shadowBlur = size * 0.12;
  ctx.shadowOffsetY = size * 0.04;
  cue.lines.forEach((line, i) => {
    ctx.fillText(line, layout.centerX, top + padY + (i + 0.5) * lineHeight);
  });
  ctx.restore();
}
