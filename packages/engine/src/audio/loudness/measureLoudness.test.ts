import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStereoAudio, type StereoAudio } from '../StereoAudio.ts';
import { measureWithFfmpeg } from '../testing/measureWithFfmpeg.ts';
import { measureIntegratedLoudness, measureTruePeak } from './measureLoudness.ts';

function sine(freq: number, dbfs: number, seconds: number, phase = 0): StereoAudio {
  const n = Math.round(seconds * 48000);
  const audio = createStereoAudio(n);
  const a = Math.pow(10, dbfs / 20);
  for (let i = 0; i < n; i++) audio.left[i] = audio.right[i] = a * Math.sin((2 * Math.PI * freq * i) / 48000 + phase);
  return audio;
}

describe('measureIntegratedLoudness (ITU-R BS.1770-4)', () => {
  it('reads a −20 dBFS 1 kHz sine in both channels as −20 LUFS, like ffmpeg', async () => {
    // BS.1770: a 0 dBFS 1 kHz sine in one channel is −3.01 LKFS; in both, +3.01 dB more: 0 LUFS.
    const audio = sine(1000, -20, 5);
    const ours = measureIntegratedLoudness(audio);
    assert.ok(Math.abs(ours - -20) < 0.2, `measured ${ours}`);
    const ffmpeg = await measureWithFfmpeg(audio);
    assert.ok(Math.abs(ours - ffmpeg.integrated) < 0.2, `ours ${ours}, ffmpeg ${ffmpeg.integrated}`);
  });

  it('reads one channel alone 3 dB lower than both', () => {
    const audio = sine(1000, -20, 3);
    audio.right.fill(0);
    assert.ok(Math.abs(measureIntegratedLoudness(audio) - -23.01) < 0.2);
  });

  it('applies the K-weighting: low frequencies count less, presence frequencies more', () => {
    const at = (f: number): number => measureIntegratedLoudness(sine(f, -20, 3));
    assert.ok(at(40) < at(1000) - 2, `40 Hz ${at(40)}`);
    assert.ok(at(4000) > at(1000) + 3, `4 kHz ${at(4000)}`);
  });

  it('gates: 4 s of silence around a 2 s tone barely matter (an average would drop 4.8 dB), like ffmpeg', async () => {
    const tone = sine(1000, -20, 2);
    const padded = createStereoAudio(48000 * 6);
    padded.left.set(tone.left, 48000 * 2);
    padded.right.set(tone.right, 48000 * 2);
    const ours = measureIntegratedLoudness(padded);
    // Only the blocks that straddle the tone's edges count a little silence.
    assert.ok(Math.abs(ours - measureIntegratedLoudness(tone)) < 1, `padded ${ours}`);
    const ffmpeg = await measureWithFfmpeg(padded);
    assert.ok(Math.abs(ours - ffmpeg.integrated) < 0.2, `ours ${ours}, ffmpeg ${ffmpeg.integrated}`);
    assert.equal(measureIntegratedLoudness(createStereoAudio(48000)), -Infinity);
  });

  it('the relative gate drops passages more than 10 LU below the rest', () => {
    const loud = sine(1000, -10, 3);
    const quiet = sine(1000, -40, 3);
    const both = createStereoAudio(loud.left.length * 2);
    both.left.set(loud.left);
    both.right.set(loud.right);
    both.left.set(quiet.left, loud.left.length);
    both.right.set(quiet.right, loud.left.length);
    assert.ok(Math.abs(measureIntegratedLoudness(both) - -10) < 0.3);
  });
});

describe('measureTruePeak', () => {
  it('finds the peak between samples: a quarter-rate sine sampled at ±45° reads 3 dB above its samples', async () => {
    // x[n] = sin(πn/2 + π/4): every sample is ±0.707, the waveform peaks at 1.0 between them.
    const audio = sine(12000, 0, 1, Math.PI / 4);
    let samplePeak = 0;
    for (const v of audio.left) samplePeak = Math.max(samplePeak, Math.abs(v));
    assert.ok(Math.abs(20 * Math.log10(samplePeak) - -3.01) < 0.01);
    const tp = measureTruePeak(audio);
    assert.ok(tp > -0.5 && tp < 0.2, `true peak ${tp}`);
    const ffmpeg = await measureWithFfmpeg(audio);
    assert.ok(Math.abs(tp - ffmpeg.truePeak) < 0.5, `ours ${tp}, ffmpeg ${ffmpeg.truePeak}`);
  });

  it('equals the sample peak for a low tone, and −∞ for silence', () => {
    const tp = measureTruePeak(sine(100, -6, 1));
    assert.ok(Math.abs(tp - -6) < 0.05, `true peak ${tp}`);
    assert.equal(measureTruePeak(createStereoAudio(1000)), -Infinity);
  });
});
