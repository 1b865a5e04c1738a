import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Vec3 } from '../math/vec3.ts';
import { lookAt, scriptedTimeline } from '../render/testing/scriptedTimeline.ts';
import type { Timeline } from '../timeline/Timeline.ts';
import { blinkTimes, BLINK_SECONDS, isBlinkingAt } from './blinkAt.ts';
import { faceAt, faceTracksOf } from './faceTracksOf.ts';
import { mouthCuesOf } from './mouthCuesOf.ts';
import { mouthShapeAt } from './mouthShapeAt.ts';
import { HELLO_PHONEMES, spokenLine } from './testing/spokenLine.ts';

function talk(seed = 7): Timeline {
  const tl = scriptedTimeline({
    duration: 6,
    seed,
    entities: [
      { kind: 'person', id: 'alice', pose: () => ({ position: [-0.5, 0.875, 0] as Vec3, gait: 'idle' }) },
      { kind: 'dog', id: 'rex', pose: () => ({ position: [0.6, 0.3, 0] as Vec3, gait: 'idle' }) },
      { kind: 'ball', id: 'ball', pose: () => ({ position: [0, 0.15, 1] as Vec3 }) },
    ],
    camera: lookAt([0, 1.2, 4], [0, 0.8, 0]),
  });
  tl.speech = [spokenLine('alice', 0.5, HELLO_PHONEMES), spokenLine('narrator', 4.5, [['ˈa', 0.4]])];
  return tl;
}

test('blinks come every 2–6 s, last 150 ms, and depend on the entity and the seed', () => {
  const a = blinkTimes('alice', 7, 60);
  assert.ok(a.length >= 9 && a.length <= 30, `${a.length} blinks in a minute`);
  for (let i = 1; i < a.length; i++) assert.ok(a[i]! - a[i - 1]! >= 2 && a[i]! - a[i - 1]! <= 6);
  assert.deepEqual(blinkTimes('alice', 7, 60), a);
  assert.notDeepEqual(blinkTimes('bob', 7, 60), a);
  assert.notDeepEqual(blinkTimes('alice', 8, 60), a);
  assert.ok(isBlinkingAt(a, a[0]! + BLINK_SECONDS / 2) && !isBlinkingAt(a, a[0]! + BLINK_SECONDS + 0.01) && !isBlinkingAt(a, a[0]! - 0.01));
});

test('characters and animals get faces, things do not; narration moves no mouth', () => {
  const tl = talk();
  const tracks = faceTracksOf(tl);
  assert.ok(tracks[0] && tracks[1]);
  assert.equal(tracks[2], null);
  assert.equal(tracks[1]!.cues.length, 0);
  assert.equal(faceAt(tracks[1], 4.7).mouth, 'X');
});

test('the speaker\'s mouth follows its cues; head and hands move only around its lines', () => {
  const tl = talk();
  const [alice] = faceTracksOf(tl);
  const cues = mouthCuesOf(tl.speech[0]!);
  let nods = 0, gestures = 0;
  for (let t = 0; t < 6; t += 1 / 30) {
    const face = faceAt(alice, t);
    assert.equal(face.mouth, mouthShapeAt(cues, t), `at ${t.toFixed(2)} s`);
    const inLine = t >= 0.5 && t < tl.speech[0]!.end;
    assert.equal(face.speaking, inLine);
    if (t < 0.1 || t > tl.speech[0]!.end + 0.4) {
      assert.equal(face.nod, 0);
      assert.equal(face.gesture, 0);
      assert.equal(face.tilt, 0);
    }
    if (inLine && Math.abs(face.nod) > 0.02) nods++;
    if (inLine && face.gesture > 0.3) gestures++;
  }
  assert.ok(nods > 5, `${nods} nodding frames`);
  assert.ok(gestures > 30, `${gestures} gesturing frames`);
});
