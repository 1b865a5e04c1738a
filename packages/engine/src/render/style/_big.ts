import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { frameIndex } from '../../units/units.ts';
import { createFrameRenderer } from '../createFrameRenderer.ts';
import { styleScene } from './styleScene.ts';
const styles = process.argv.slice(2) as any[];
for (const style of styles) {
  const r = createFrameRenderer(styleScene({ style }, 720, 1280));
  const px = r.render(frameIndex(12));
  const c = createCanvas(720, 1280); const ctx = c.getContext('2d');
  const img = ctx.createImageData(720, 1280); img.data.set(px); ctx.putImageData(img, 0, 0);
  // crop middle region 720x720
  const crop = createCanvas(720, 720); crop.getContext('2d').drawImage(c, 0, 300, 720, 720, 0, 0, 720, 720);
  writeFileSync(`/tmp/big-${style}.png`, crop.toBuffer('image/png'));
}
