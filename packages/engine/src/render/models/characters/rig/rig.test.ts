import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childFrame, pointIn, rotX, rotZ, ROOT_FRAME } from './Frame.ts';
import { segment, segmentBetween } from './segment.ts';
import { cycleBump, keyframes, wrapPhase } from './shape.ts';
import { darken, lighten, mixColour } from './colour.ts';

const close = (a: readonly number[], b: readonly number[]): void => a.forEach((v, i) => assert.ok(Math.abs(v - b[i]!) < 1e-9, `${a} vs ${b}`));

test('a bent knee carries the shin and foot with it', () => {
  // Thigh swung forwards 90°: the knee sits in front of the hip.
  const hip = childFrame(ROOT_FRAME, [0, 1, 0], rotX(-Math.PI / 2));
  const knee = childFrame(hip, [0, -0.4, 0], rotX(Math.PI / 2));
  close(knee.origin, [0, 1, 0.4]);
  // The shin, bent back 90° at the knee, hangs straight down again.
  close(pointIn(knee, [0, -0.4, 0]), [0, 0.6, 0.4]);
  // Raising an arm sideways about Z moves a hanging hand towards +X.
  const shoulder = childFrame(ROOT_FRAME, [0, 0, 0], rotZ(Math.PI / 2));
  close(pointIn(shoulder, [0, -1, 0]), [1, 0, 0]);
});

test('segments hang from their joint and bridge two points', () => {
  const part = segment(childFrame(ROOT_FRAME, [0, 1, 0]), 0.5, 0.1, { colour: '#ffffff' });
  close(part.position, [0, 0.75, 0]);
  assert.equal(part.size[1], 0.6);
  const bridge = segmentBetween([0, 0, 0], [0, 0, 1], 0.1, { colour: '#ffffff', shape: 'cylinder' });
  close(bridge.position, [0, 0, 0.5]);
  assert.equal(bridge.size[1], 1);
});

test('cycle shaping wraps around the cycle', () => {
  assert.equal(wrapPhase(1.25), 0.25);
  assert.equal(wrapPhase(-0.25), 0.75);
  assert.equal(cycleBump(Math.PI, Math.PI, 0.5), 1);
  assert.equal(cycleBump(0, Math.PI, 0.5), 0);
  assert.ok(Math.abs(cycleBump(2 * Math.PI - 0.1, 0, 0.5) - cycleBump(0.1, 0, 0.5)) < 1e-12, 'bump wraps across 0');
  const keys = [[0, 0], [0.5, 1]] as const;
  assert.equal(keyframes(0, keys), 0);
  assert.equal(keyframes(0.5, keys), 1);
  assert.ok(Math.abs(keyframes(0.25, keys) - 0.5) < 1e-12);
  assert.ok(Math.abs(keyframes(0.75, keys) - 0.5) < 1e-12, 'the last key eases back to the first');
});

test('colours mix, lighten and darken', () => {
  assert.equal(mixColour('#000000', '#ffffff', 0.5), '#808080');
  assert.equal(lighten('#ff0000', 1), '#ffffff');
  assert.equal(darken('#3a86ff', 0), '#3a86ff');
});
