import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyVoiceEffect } from '../../speech/applyVoiceEffect.ts';
import { spokenLinesOf } from '../../speech/speakPlan.ts';
import { synthesizeLine } from '../../speech/synthesizeLine.ts';
import { voiceForSpeaker } from '../../speech/voiceForSpeaker.ts';
import { Biquad } from '../dsp/Biquad.ts';
import { measureIntegratedLoudness } from '../loudness/measureLoudness.ts';
import { MixBus } from '../mix/MixBus.ts';
import { renderAudio, TARGET_LOUDNESS_LUFS } from '../renderAudio.ts';
import { SAMPLE_RATE } from '../StereoAudio.ts';
import { makeTimeline } from '../testing/makeTimeline.ts';
import { duckUnderSpeech, DUCK_DEPTH_DB } from './duckUnderSpeech.ts';
import { renderSpeech } from './renderSpeech.ts';

const energy = (s: ArrayLike<number>, a: number, b: number) => {
  let e = 0;
  for (let i = a; i < b; i++) e += s[i]! * s[i]!;
  return e;
};
const db = (x: number) => 10 * Math.log10(x);

/** Two people, left and right of the screen, each saying a line; rain in the background. */
function dialogue() {
  const timeline = makeTimeline({
    duration: 3,
    width: 720,
    height: 1280,
    ambience: [{ kind: 'rain', level: -20 }],
    entities: [
      { id: 'person-1', kind: 'person', position: [-1.6, 0, 0] },
      { id: 'person-2', kind: 'person', position: [1.6, 0, 0] },
    ],
  });
  const plan = {
    ...timeline.plan,
    cast: [
      { id: 'person-1', kind: 'person', label: 'man', colour: '#335577', material: 'fabric', size: 1, placement: { type: 'auto' as const } },
      { id: 'person-2', kind: 'person', label: 'woman', colour: '#775533', material: 'fabric', size: 1, placement: { type: 'auto' as const } },
    ],
    speech: { language: 'en', lines: [{ speaker: 'person-1', text: 'Hello there.', start: 0.1 }, { speaker: 'person-2', text: 'Hi!', start: 1.1 }] },
  };
  const withSpeech = { ...timeline, plan, speech: spokenLinesOf(plan) };
  return withSpeech;
}

describe('speech in the mix', () => {
  const timeline = dialogue();
  const length = Math.round(timeline.duration * SAMPLE_RATE);

  it('places each voice where its speaker is on screen', () => {
    const mix = renderSpeech(timeline, length)!;
    for (const [line, side] of [[timeline.speech[0]!, 'left'], [timeline.speech[1]!, 'right']] as const) {
      const a = Math.round(line.start * SAMPLE_RATE);
      const b = Math.round(line.end * SAMPLE_RATE);
      const l = energy(mix.bus.left, a, b);
      const r = energy(mix.bus.right, a, b);
      assert.ok(l > 0 && r > 0);
      const balance = db(l / r);
      assert.ok(side === 'left' ? balance > 3 : balance < -3, `${line.speaker}: L/R ${balance.toFixed(1)} dB`);
    }
  });

  it(`ducks the ambience by about ${-DUCK_DEPTH_DB} dB under speech and not in the pauses`, () => {
    const mix = renderSpeech(timeline, length)!;
    const bus = new MixBus(length);
    bus.left.fill(1);
    bus.right.fill(1);
    duckUnderSpeech(bus, mix.envelope);
    const w = timeline.speech[0]!.words[1]!;
    const mid = Math.round(((w.start + w.end) / 2) * SAMPLE_RATE);
    assert.ok(Math.abs(20 * Math.log10(bus.left[mid]!) - DUCK_DEPTH_DB) < 2.5, `${20 * Math.log10(bus.left[mid]!)} dB during a word`);
    assert.ok(bus.left[length - 1]! > 0.9, 'recovered after speech');
    assert.ok(bus.left[0]! > 0.9, 'untouched before speech');
  });

  it('keeps the clip at −14 LUFS integrated, and renders the same samples every time', () => {
    const audio = renderAudio(timeline);
    const lufs = measureIntegratedLoudness(audio);
    assert.ok(Math.abs(lufs - TARGET_LOUDNESS_LUFS) < 0.6, `${lufs} LUFS`);
    const again = renderAudio(dialogue());
    assert.deepEqual(Buffer.from(again.left.buffer), Buffer.from(audio.left.buffer));
  });

  it('robot voices are ring-modulated, radio voices band-limited', () => {
    const v = voiceForSpeaker({ id: 'robot-1', kind: 'robot' });
    const line = synthesizeLine('I am a robot', 'en', v);
    const robot = applyVoiceEffect(line.samples, line.sampleRate, 'robot');
    const radio = applyVoiceEffect(line.samples, line.sampleRate, 'radio');
    assert.equal(applyVoiceEffect(line.samples, line.sampleRate, 'none'), line.samples);
    assert.ok(energy(robot, 0, robot.length) > 0.05 * energy(line.samples, 0, line.samples.length));
    let diff = 0;
    for (let i = 0; i < robot.length; i++) diff += Math.abs(robot[i]! - line.samples[i]!);
    assert.ok(diff / robot.length > 0.005);
    // Radio: little energy left below 150 Hz.
    const low = (x: Float32Array) => {
      const y = Float32Array.from(x);
      Biquad.lowpass(150, Math.SQRT1_2, line.sampleRate).processInPlace(y);
      Biquad.lowpass(150, Math.SQRT1_2, line.sampleRate).processInPlace(y);
      return energy(y, 0, y.length);
    };
    const share = (x: Float32Array) => low(x) / energy(x, 0, x.length);
    assert.ok(share(radio) < 0.25 * share(line.samples), `low-band share ${share(radio)} vs ${share(line.samples)}`);
  });
});
