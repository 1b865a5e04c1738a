import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeTimeline, TEST_CAMERA } from '../testing/makeTimeline.ts';
import { distanceGain, placeSound } from './placeSound.ts';

describe('placeSound', () => {
  const timeline = makeTimeline({ duration: 1 });

  it('pans by screen position: left of the picture → left channel', () => {
    const left = placeSound(timeline, 0.5, [-3, 0.5, 0]);
    const right = placeSound(timeline, 0.5, [3, 0.5, 0]);
    assert.ok(left.pan < -0.3 && left.left > left.right * 2);
    assert.ok(right.pan > 0.3 && right.right > right.left * 2);
    assert.ok(Math.abs(placeSound(timeline, 0.5, TEST_CAMERA.target).pan) < 1e-9);
  });

  it('follows the camera of the frame nearest the event', () => {
    const turned = makeTimeline({ duration: 1, camera: { ...TEST_CAMERA, target: [-2, 0.5, 0] } });
    assert.ok(Math.abs(placeSound(turned, 0.5, [-2, 0.5, 0]).pan) < 0.05, 'centred when the camera looks at it');
  });

  it('gets gently quieter with distance, within limits', () => {
    assert.ok(distanceGain(2) > distanceGain(4) && distanceGain(4) > distanceGain(16));
    assert.ok(Math.abs(distanceGain(4) - 1) < 1e-12);
    assert.ok(distanceGain(1000) >= 0.25 && distanceGain(0.01) <= 1.5);
  });
});
