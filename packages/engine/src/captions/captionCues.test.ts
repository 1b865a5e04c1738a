import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakPlan, spokenLineOf } from '../speech/speakPlan.ts';
import { directPlan } from '../director/directPlan.ts';
import type { SpokenLine } from '../timeline/Timeline.ts';
import { seconds } from '../units/units.ts';
import { captionCues, textUnits } from './captionCues.ts';
import { toWebVtt, vttTimestamp } from './toWebVtt.ts';

const rms = (s: Float32Array, a: number, b: number) => {
  let e = 0;
  for (let i = a; i < b; i++) e += s[i]! * s[i]!;
  return Math.sqrt(e / Math.max(1, b - a));
};

describe('caption cues', () => {
  const plan = directPlan('the woman asks: "Excuse me, where is the central station? I have been walking for an hour and my feet hurt." and the man replies "Over there, next to the big clock."');
  const planned = speakPlan(plan);
  const lines = planned.map(spokenLineOf);
  const cues = captionCues(lines);

  it("cover their words' audio, and every word's audio is not silent", () => {
    const words = lines.flatMap((l) => l.words);
    const cueWords = cues.flatMap((c) => c.words);
    assert.deepEqual(cueWords.map((w) => w.text), words.map((w) => w.text), 'every word in exactly one cue, in order');
    for (const cue of cues) {
      for (const w of cue.words) assert.ok(cue.start <= w.start && cue.end >= w.end, `"${w.text}" ${w.start}-${w.end} outside cue ${cue.start}-${cue.end}`);
    }
    for (const p of planned) {
      const { samples, sampleRate } = p.synthesis;
      for (const w of p.synthesis.words) {
        assert.ok(rms(samples, Math.floor(w.start * sampleRate), Math.ceil(w.end * sampleRate)) > 0.01, `"${w.text}" is silent in the audio`);
      }
    }
  });

  it('never overlap, and hold at most two balanced lines within the width', () => {
    for (let i = 1; i < cues.length; i++) assert.ok(cues[i]!.start >= cues[i - 1]!.end - 1e-9);
    for (const c of cues) {
      assert.ok(c.lines.length >= 1 && c.lines.length <= 2);
      for (const l of c.lines) assert.ok(textUnits(l) <= 36, `"${l}" too long`);
      if (c.lines.length === 2) assert.ok(Math.abs(c.lines[0]!.length - c.lines[1]!.length) <= 14, c.lines.join(' / '));
    }
    assert.ok(cues.some((c) => c.lines.length === 2));
  });

  it('break at phrase ends: a cue never ends inside a sentence when a comma or stop is near', () => {
    assert.match(cues[0]!.words.at(-1)!.text, /[?,.]$/);
  });

  it('break scripts without spaces between characters', () => {
    const text = '你好请问火车站在哪里我好像迷路了我们一起去吧好不好谢谢你的帮助朋友';
    const line: SpokenLine = { speaker: 'a', text, language: 'zh', start: seconds(0), end: seconds(4), words: [{ text, start: seconds(0), end: seconds(4) }], phonemes: [] };
    const zh = captionCues([line], { maxLineUnits: 20 });
    assert.ok(zh.length >= 2);
    for (const c of zh) for (const l of c.lines) assert.ok(textUnits(l) <= 20, l);
    assert.equal(zh.map((c) => c.lines.join('')).join(''), text);
  });

  it('WebVTT: a cue per chunk with word timestamps inside the cue', () => {
    const vtt = toWebVtt(lines, { 'person-1': 'woman' }, plan.canvas.duration);
    assert.match(vtt, /^WEBVTT\n\n1\n/);
    const blocks = vtt.trim().split('\n\n').slice(1);
    assert.equal(blocks.length, cues.length);
    for (const block of blocks) {
      const m = /(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})/.exec(block)!;
      assert.ok(m, block);
      const inner = [...block.matchAll(/<(\d\d:\d\d:\d\d\.\d{3})>/g)].map((x) => x[1]!);
      assert.ok(inner.length >= 1, block);
      for (const t of inner) assert.ok(t > m[1]! && t < m[2]!, `${t} outside ${m[1]} --> ${m[2]}`);
      assert.deepEqual(inner, [...inner].sort());
    }
    assert.match(vtt, /<v woman>Excuse/);
    assert.equal(vttTimestamp(3723.4567), '01:02:03.457');
  });
});
