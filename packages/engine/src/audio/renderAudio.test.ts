import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureIntegratedLoudness, measureTruePeak } from './loudness/measureLoudness.ts';
import { renderAudio, type StereoAudio } from './renderAudio.ts';
import { measureWithFfmpeg } from './testing/measureWithFfmpeg.ts';
import { contactEvent, makeTimeline, splashEvent } from './testing/makeTimeline.ts';

const energy = (x: Float32Array, from = 0, to = x.length): number => {
  let e = 0;
  for (let i = from; i < to; i++) e += x[i]! * x[i]!;
  return e;
};

function beachScene(seed = 7) {
  return makeTimeline({
    duration: 5, setting: 'beach', seed,
    entities: [{ id: 'ball' }, { id: 'bell', radius: 0.1, material: 'metal' }],
    events: [
      contactEvent(0.8, 'ball', ['rubber', 'sand'], 3, { position: [-1, 0, 0] }),
      contactEvent(2.1, 'bell', ['metal', 'sand'], 1.5, { position: [1, 0, 0] }),
      contactEvent(3.3, 'ball', ['rubber', 'sand'], 1.2),
      splashEvent(4.2, 'ball', 4, 0.6),
    ],
  });
}

/** A few sparse, sharp knocks in a quiet room: the hardest case for the peak ceiling. */
function quietRoomKnocks() {
  return makeTimeline({
    duration: 5, setting: 'studio',
    entities: [{ id: 'block', kind: 'cube', material: 'wood' }],
    events: [1, 2.5, 4].map((t) => contactEvent(t, 'block', ['wood', 'concrete'], 4)),
  });
}

async function assertDeliveryLoudness(audio: StereoAudio): Promise<void> {
  const ours = measureIntegratedLoudness(audio);
  const peak = measureTruePeak(audio);
  assert.ok(Math.abs(ours - -14) <= 1, `integrated ${ours} LUFS`);
  assert.ok(peak <= -1, `true peak ${peak} dBTP`);
  const ffmpeg = await measureWithFfmpeg(audio);
  assert.ok(Math.abs(ffmpeg.integrated - -14) <= 1, `ffmpeg integrated ${ffmpeg.integrated} LUFS`);
  assert.ok(Math.abs(ffmpeg.integrated - ours) <= 0.3, `ours ${ours}, ffmpeg ${ffmpeg.integrated}`);
  assert.ok(ffmpeg.truePeak <= -1, `ffmpeg true peak ${ffmpeg.truePeak} dBFS`);
}

describe('renderAudio', () => {
  it('renders 48 kHz stereo exactly as long as the clip', () => {
    const audio = renderAudio(makeTimeline({ duration: 2.5 }));
    assert.equal(audio.sampleRate, 48000);
    assert.equal(audio.left.length, 120000);
    assert.equal(audio.right.length, 120000);
  });

  it('delivers −14 LUFS integrated with true peaks ≤ −1 dBTP, by our meter and by ffmpeg (beach with impacts and a splash)', async () => {
    await assertDeliveryLoudness(renderAudio(beachScene()));
  });

  it('holds the same delivery targets for sparse sharp knocks in a quiet room (limiter at work)', async () => {
    await assertDeliveryLoudness(renderAudio(quietRoomKnocks()));
  });

  it('is deterministic: the same timeline gives identical samples; another seed changes them', () => {
    const a = renderAudio(beachScene());
    const b = renderAudio(beachScene());
    assert.ok(Buffer.from(a.left.buffer).equals(Buffer.from(b.left.buffer)));
    assert.ok(Buffer.from(a.right.buffer).equals(Buffer.from(b.right.buffer)));
    const c = renderAudio(beachScene(8));
    assert.ok(!Buffer.from(a.left.buffer).equals(Buffer.from(c.left.buffer)));
  });

  it('pans by screen position: an impact on the left of the picture is louder on the left', () => {
    const at = (x: number) => {
      // Outdoors, where hardly any reverberation comes from all around.
      const audio = renderAudio(makeTimeline({
        duration: 1.5, setting: 'desert', ambience: [], entities: [{ id: 'ball' }],
        events: [contactEvent(0.5, 'ball', ['wood', 'concrete'], 2, { position: [x, 0, 0] })],
      }));
      return energy(audio.left) / energy(audio.right);
    };
    assert.ok(at(-3) > 3, `left/right energy for a left impact: ${at(-3)}`);
    assert.ok(at(3) < 1 / 3, `left/right energy for a right impact: ${at(3)}`);
    assert.ok(Math.abs(Math.log(at(0))) < 0.05, 'a centred impact is balanced');
  });

  it('a silent scene (no ambience, nothing happening) stays silent, without NaNs', () => {
    const audio = renderAudio(makeTimeline({ duration: 1, ambience: [] }));
    assert.ok(audio.left.every((v) => v === 0) && audio.right.every((v) => v === 0));
  });
});
