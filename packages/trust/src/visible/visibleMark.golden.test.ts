import { test } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import { expectMatchesGolden } from '@klappe/engine/testing';
import visibleMarkStage from './visibleMarkStage.ts';

/** A frame that is bright on one side and dark on the other, with busy stripes: the mark must read on all of it. */
async function frameWithMark(width: number, height: number, frame: number, handle: string, videoId: string) {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const g = ctx.createLinearGradient(0, 0, width, height);
  g.addColorStop(0, '#f4efe2');
  g.addColorStop(0.45, '#7fb3d5');
  g.addColorStop(1, '#101820');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = 'rgba(230,120,40,0.8)';
  for (let i = 0; i < 12; i++) ctx.fillRect(0, (i * height) / 12, width, height / 48);
  const stage = await visibleMarkStage({ videoId, handle }, { width, height, fps: 30, frameCount: 240 });
  stage.overlay!(ctx, frame);
  return ctx.getImageData(0, 0, width, height).data;
}

test('visible mark on a 9:16 frame, with a handle', async () => {
  const data = await frameWithMark(360, 640, 30, 'maria.films', 'video_golden_portrait');
  expectMatchesGolden(new URL('./goldens/visibleMark-9x16.png', import.meta.url).pathname, data, 360, 640);
});

test('visible mark on a 16:9 frame, mid-glide, without a handle', async () => {
  const data = await frameWithMark(640, 360, 110, '', 'video_golden_landscape');
  expectMatchesGolden(new URL('./goldens/visibleMark-16x9.png', import.meta.url).pathname, data, 640, 360);
});

test('visible mark at 720x1280 with a handle (the default size)', async () => {
  const data = await frameWithMark(720, 1280, 0, 'klappe_user', 'video_golden_default');
  expectMatchesGolden(new URL('./goldens/visibleMark-720x1280.png', import.meta.url).pathname, data, 720, 1280);
});
