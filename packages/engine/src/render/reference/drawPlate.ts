/**
 * A plate: the reference image as the whole backdrop, letterboxed to the frame. The bars are
 * a blurred, darkened enlargement of the image itself, so any output size looks finished.
 */
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { fitContain } from './fitContain.ts';

export function drawPlate(ctx: SKRSContext2D, plate: Canvas, width: number, height: number): void {
  const fit = fitContain(plate.width, plate.height, width, height);
  ctx.save();
  if (fit.width < width || fit.height < height) {
    const k = Math.max(width / plate.width, height / plate.height);
    const cw = plate.width * k, ch = plate.height * k;
    ctx.filter = `blur(${Math.round(Math.min(width, height) / 24)}px) brightness(0.55)`;
    ctx.drawImage(plate, (width - cw) / 2, (height - ch) / 2, cw, ch);
    ctx.filter = 'none';
  }
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(plate, fit.x, fit.y, fit.width, fit.height);
  ctx.restore();
}
