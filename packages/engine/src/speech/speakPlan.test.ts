import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directPlan } from '../director/directPlan.ts';
import { simulate } from '../world/simulate.ts';
import { speakPlan } from './speakPlan.ts';

describe('spoken lines in the timeline', () => {
  it('simulate fills Timeline.speech with absolute word and phoneme times', async () => {
    const plan = directPlan('a robot says "Hello!" and a woman replies "Hi, robot."', { duration: 2 });
    const timeline = await simulate(plan);
    assert.equal(timeline.speech.length, 2);
    assert.deepEqual(timeline.speech.map((l) => l.speaker), plan.speech!.lines.map((l) => l.speaker));
    for (const line of timeline.speech) {
      assert.ok(line.end <= timeline.duration && line.start < line.end);
      assert.ok(line.words.length > 0 && line.phonemes.length > 2);
      for (const w of line.words) assert.ok(w.start >= line.start && w.end <= line.end && w.start <= w.end, JSON.stringify(w));
      for (let i = 1; i < line.phonemes.length; i++) assert.ok(line.phonemes[i]!.start >= line.phonemes[i - 1]!.start);
    }
    assert.equal((await simulate(directPlan('a ball falls', { duration: 1 }))).speech.length, 0);
  });

  it("a line's duration, edited by hand, changes its speaking rate to fit", () => {
    const plan = directPlan('a man says "We will meet again at the old harbour tomorrow."', { duration: 8 });
    const natural = speakPlan(plan)[0]!;
    const slower = natural.synthesis.duration * 1.5;
    const edited = { ...plan, speech: { ...plan.speech!, lines: [{ ...plan.speech!.lines[0]!, duration: slower }] } };
    const fitted = speakPlan(edited)[0]!;
    assert.ok(fitted.voice.rate < natural.voice.rate);
    assert.ok(Math.abs(fitted.synthesis.duration - slower) / slower < 0.12, `${fitted.synthesis.duration} vs ${slower}`);
  });

  it('cuts a line at the end of the clip', () => {
    const plan = directPlan('a man says "This sentence is far too long to fit into a one second clip."', { duration: 1 });
    const [line] = speakPlan(plan);
    assert.ok(line && line.end <= 1);
  });
});
