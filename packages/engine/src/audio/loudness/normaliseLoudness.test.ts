import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../../random/createRandom.ts';
import { createStereoAudio, type StereoAudio } from '../StereoAudio.ts';
import { measureIntegratedLoudness, measureTruePeak } from './measureLoudness.ts';
import { normaliseLoudness } from './normaliseLoudness.ts';

function noise(seconds: number, amplitude: number): StereoAudio {
  const random = createRandom(5, 'normalise-test');
  const audio = createStereoAudio(seconds * 48000);
  for (let i = 0; i < audio.left.length; i++) {
    audio.left[i] = amplitude * (random.next() * 2 - 1);
    audio.right[i] = amplitude * (random.next() * 2 - 1);
  }
  return audio;
}

describe('normaliseLoudness', () => {
  it('brings quiet programme up to −14 LUFS with a plain gain when the peaks allow', () => {
    const quiet = noise(3, 0.01);
    for (let i = 0; i < quiet.left.length; i++) quiet.left[i] *= 0.2; // a crest low enough for plain gain
    const out = normaliseLoudness(quiet);
    assert.ok(Math.abs(measureIntegratedLoudness(out) - -14) < 0.1);
    const ratio = out.right[1000]! / quiet.right[1000]!;
    for (let i = 0; i < out.right.length; i += 997) assert.ok(Math.abs(out.right[i]! - quiet.right[i]! * ratio) < 1e-6, 'a constant gain');
  });

  it('limits sharp transients to keep true peaks ≤ −1 dBTP while landing on target', () => {
    const audio = noise(4, 0.001);
    // Three clicks 40 dB over a faint bed: −14 LUFS needs far more gain than the peaks allow.
    for (const at of [30000, 90000, 150000]) for (let k = 0; k < 200; k++) audio.left[at + k] = audio.right[at + k] = 0.5 * Math.exp(-k / 40) * Math.sin(k * 0.9);
    const out = normaliseLoudness(audio);
    assert.ok(Math.abs(measureIntegratedLoudness(out) - -14) < 0.3, `${measureIntegratedLoudness(out)} LUFS`);
    assert.ok(measureTruePeak(out) <= -1, `${measureTruePeak(out)} dBTP`);
  });

  it('turns loud programme down, honours other targets, and leaves silence silent', () => {
    const loud = normaliseLoudness(noise(2, 0.9), { targetLufs: -23, ceilingDbtp: -2 });
    assert.ok(Math.abs(measureIntegratedLoudness(loud) - -23) < 0.1);
    assert.ok(measureTruePeak(loud) <= -2);
    const silent = normaliseLoudness(createStereoAudio(4800));
    assert.ok(silent.left.every((v) => v === 0));
  });
});
