/**
 * The mouth moves with the voice: a close-up of a person saying a line, its frames rendered by
 * the frame renderer and its sound by the audio renderer (real speech synthesis). How open the
 * mouth looks on each frame (the height of the dark opening between the lips) correlates with
 * how loud the speech is around that frame. The speaker's skin is light enough that the dark
 * inside of the mouth stands out from it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectPoint, viewBasis } from '../math/projectPoint.ts';
import type { Vec3 } from '../math/vec3.ts';
import { renderAudio } from '../audio/renderAudio.ts';
import { createFrameRenderer } from '../render/createFrameRenderer.ts';
import { lookAt, scriptedTimeline } from '../render/testing/scriptedTimeline.ts';
import { spokenLinesOf } from '../speech/speakPlan.ts';
import { frameIndex } from '../units/units.ts';
import { mouthOpeningHeight, pearson, rmsPerFrame } from './testing/measureLipSync.ts';

const FPS = 30;

test('mouth openness in the rendered frames follows the rendered speech (Pearson ≥ 0.6)', () => {
  const tl = scriptedTimeline({
    width: 320,
    height: 320,
    fps: FPS,
    duration: 2,
    entities: [{ kind: 'person', id: 'mia', pose: () => ({ position: [0, 0.875, 0] as Vec3, gait: 'idle' }) }],
    camera: lookAt([0, 1.57, 0.95], [0, 1.54, 0], 30),
  });
  tl.plan.audio.ambience = [];
  tl.plan.speech = { language: 'en', lines: [{ speaker: 'mia', text: 'Look at that big red apple, Bob!', start: 0.1 }] };
  tl.speech = spokenLinesOf(tl.plan);
  assert.equal(tl.speech.length, 1);
  assert.ok(tl.speech[0]!.phonemes.length > 10, 'the line is timed phoneme by phoneme');

  const audio = renderAudio(tl);
  const loudness = rmsPerFrame(audio, FPS, tl.frameCount);
  // The mouth's box on screen: around where the lips are, a little wider for the head's motion.
  const basis = viewBasis(tl.frames[0]!.camera, tl.width, tl.height);
  const a = projectPoint(basis, [-0.07, 1.56, 0.14]);
  const b = projectPoint(basis, [0.07, 1.46, 0.14]);
  const box = { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
  const renderer = createFrameRenderer(tl);
  const openness: number[] = [];
  // Openness: the height of the dark opening between the lips, in pixels.
  for (let f = 0; f < tl.frameCount; f++) openness.push(mouthOpeningHeight(renderer.render(frameIndex(f)), tl.width, box));

  assert.ok(Math.max(...openness) >= 15, `the mouth opens on screen (${Math.max(...openness)} px at most)`);
  assert.equal(openness[0], 0, 'closed before the line');
  assert.ok(openness.filter((o) => o === 0).length >= 5, 'and closed again for p, b and the pause');
  const r = pearson(openness, loudness);
  assert.ok(r >= 0.6, `Pearson ${r.toFixed(3)}`);
});
