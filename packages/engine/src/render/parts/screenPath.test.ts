import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import { addEllipse, addPolygon } from './screenPath.ts';

test('shapes batched into one path stay separate: nothing is drawn between them', () => {
  const canvas = createCanvas(200, 100);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#000000';
  ctx.fillRect(0, 0, 200, 100);
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  addEllipse(ctx, { cx: 30, cy: 20, rx: 15, ry: 10, angle: 0.3 });
  addPolygon(ctx, [{ x: 90, y: 80 }, { x: 110, y: 80 }, { x: 100, y: 60 }]);
  addEllipse(ctx, { cx: 170, cy: 20, rx: 15, ry: 10, angle: 0 });
  ctx.fill();
  const at = (x: number, y: number) => ctx.getImageData(x, y, 1, 1).data[0];
  assert.equal(at(30, 20), 255, 'first ellipse drawn');
  assert.equal(at(170, 20), 255, 'second ellipse drawn');
  assert.equal(at(100, 75), 255, 'triangle drawn');
  // Points on the straight lines a joined path would add between the shapes.
  assert.equal(at(100, 20), 0);
  assert.equal(at(70, 50), 0);
  assert.equal(at(130, 50), 0);
});
