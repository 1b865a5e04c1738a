import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NARRATOR } from '../plan/speechSchema.ts';
import { applyPromptToPlan, directPlan } from './directPlan.ts';
import { FIRST_LINE_START, LINE_PAUSE } from './applySpeech.ts';
import { setSpeechLanguage } from './setSpeechLanguage.ts';

const labelOf = (plan: ReturnType<typeof directPlan>, id: string) => plan.cast.find((e) => e.id === id)?.label;

describe('speech in the director', () => {
  it('binds each line of a multi-speaker prompt to its speaker entity', () => {
    const plan = directPlan('a robot and a girl in a kitchen. The robot says "Good morning." then the girl answers: "Hello robot" and the robot says "Coffee?"');
    const lines = plan.speech!.lines;
    assert.deepEqual(lines.map((l) => labelOf(plan, l.speaker)), ['robot', 'girl', 'robot']);
    assert.equal(plan.cast.length, 2, 'no extra entities');
  });

  it('adds a speaker the scene did not mention, and binds narration to the narrator', () => {
    const plan = directPlan('a ball rolls across a wooden floor. A dog says "mine!"\nnarrator: The ball was never seen again.');
    assert.equal(labelOf(plan, plan.speech!.lines[0]!.speaker), 'dog');
    assert.equal(plan.speech!.lines[1]!.speaker, NARRATOR);
  });

  it('alternates unattributed quotes between the characters', () => {
    const plan = directPlan('two cats in a garden: "hello" "hi there" "how are you?"');
    const ids = plan.speech!.lines.map((l) => l.speaker);
    assert.equal(new Set(ids).size, 2);
    assert.notEqual(ids[0], ids[1]);
    assert.equal(ids[0], ids[2]);
  });

  it('keeps quoted words out of the scene: no props, nothing ungrounded', () => {
    const plan = directPlan('a woman says "the piano and the elephant fell on the car"');
    assert.deepEqual(plan.cast.map((e) => e.kind), ['person']);
    assert.deepEqual(plan.ungrounded, []);
  });

  it('times lines one after another, each as long as its synthesis', () => {
    const plan = directPlan('a man says "I have waited here for a very long time." and a woman replies "Sorry."');
    const [a, b] = plan.speech!.lines;
    assert.equal(a!.start, FIRST_LINE_START);
    assert.ok(a!.duration! > 1.2 && b!.duration! > 0.2 && b!.duration! < a!.duration!, JSON.stringify(plan.speech));
    assert.ok(Math.abs(b!.start - (a!.start + a!.duration! + LINE_PAUSE)) < 0.011);
  });

  it('lengthens the clip to hold the speech unless a duration was given', () => {
    const long = 'This is a much longer sentence that takes several seconds to say out loud, and it goes on and on and on for quite a while.';
    assert.ok(directPlan(`a man says "${long}"`, { duration: 3 }).canvas.duration === 3);
    const grown = directPlan(`a man says "${long} ${long}"`);
    assert.ok(grown.canvas.duration > 8 && grown.canvas.duration <= 20, `${grown.canvas.duration}`);
  });

  it('selects the language asked for, else the one the lines are written in', () => {
    assert.equal(directPlan('a robot says "hello" in German').speech!.language, 'de');
    assert.equal(directPlan('ein Roboter sagt "Hallo" auf Deutsch').speech!.language, 'de');
    assert.equal(directPlan('a woman says "Bonjour, où est la gare ?"').speech!.language, 'fr');
    assert.equal(directPlan('a man says "你好，车站在哪里？"').speech!.language, 'zh');
    const mixed = directPlan('a man says "Where is the station?" and a woman replies "Je ne sais pas, désolée."');
    assert.equal(mixed.speech!.language, 'en');
    assert.equal(mixed.speech!.lines[1]!.language, 'fr');
  });

  it('a remix adds lines after the existing ones', () => {
    const base = directPlan('a robot says "hello"');
    const plan = applyPromptToPlan(base, 'the robot says "goodbye"');
    const lines = plan.speech!.lines;
    assert.deepEqual(lines.map((l) => l.text), ['hello', 'goodbye']);
    assert.equal(lines[0]!.speaker, lines[1]!.speaker);
    assert.ok(lines[1]!.start >= lines[0]!.start + lines[0]!.duration!);
  });

  it('setSpeechLanguage re-times the lines in the new language and rejects unknown tags', () => {
    const plan = directPlan('a man says "Good morning, how are you today?" and a woman replies "Fine, thanks."');
    const de = setSpeechLanguage(plan, 'de');
    assert.equal(de.speech!.language, 'de');
    assert.notDeepEqual(de.speech!.lines.map((l) => l.duration), plan.speech!.lines.map((l) => l.duration));
    assert.throws(() => setSpeechLanguage(plan, 'klingon'), /unknown speech language "klingon"/);
  });
});

describe('speech limits in the director', () => {
  it('splits a quote longer than a plan line allows at sentence ends', () => {
    const sentence = 'This is one sentence of a long speech that goes on for a while. ';
    const plan = directPlan(`a man says "${sentence.repeat(14).trim()}"`, { duration: 20 });
    for (const l of plan.speech!.lines) assert.ok(l.text.length <= 600 && /\.$/.test(l.text), l.text);
    // About 30 s of speech: the rest cannot start inside a 20 s clip and is named.
    assert.ok(plan.ungrounded.some((u) => /starts after the clip ends/.test(u)), plan.ungrounded.join('\n'));
  });
});
