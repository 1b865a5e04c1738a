/** Pictures for reference-image tests, drawn here so nothing binary is needed: a landscape plate and a product shot on a plain studio background. */
import { createCanvas } from '@napi-rs/canvas';

/** A 16:9 landscape: sky, sun on the right, green hills. PNG. */
export function landscapePng(width = 640, height = 360): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const sky = ctx.createLinearGradient(0, 0, 0, height * 0.6);
  sky.addColorStop(0, '#4a7fc1');
  sky.addColorStop(1, '#f2c78a');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#fff3c4';
  ctx.beginPath();
  ctx.arc(width * 0.8, height * 0.28, height * 0.08, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#4f7d3a';
  ctx.beginPath();
  ctx.moveTo(0, height * 0.62);
  ctx.bezierCurveTo(width * 0.3, height * 0.5, width * 0.6, height * 0.72, width, height * 0.58);
  ctx.lineTo(width, height);
  ctx.lineTo(0, height);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#3b6a2c';
  ctx.fillRect(0, height * 0.8, width, height * 0.2);
  return canvas.toBuffer('image/png');
}

/** A product on a plain light-grey background: a red bottle with a cream label. Opaque PNG, 300 × 400. */
export function productOnStudioPng(): Buffer {
  const canvas = createCanvas(300, 400);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ececec';
  ctx.fillRect(0, 0, 300, 400);
  ctx.fillStyle = '#c0392b';
  ctx.beginPath();
  ctx.roundRect(95, 120, 110, 250, 28);
  ctx.fill();
  ctx.fillRect(130, 60, 40, 70);
  ctx.fillStyle = '#2c3e50';
  ctx.fillRect(126, 44, 48, 24);
  ctx.fillStyle = '#f6e7c1';
  ctx.fillRect(95, 200, 110, 90);
  ctx.fillStyle = '#c0392b';
  ctx.beginPath();
  ctx.arc(150, 245, 26, 0, Math.PI * 2);
  ctx.fill();
  return canvas.toBuffer('image/png');
}
