import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directPlan, parsePlan, type ScenePlan } from '@klappe/engine';
import { moderatePlan, planTexts } from './moderatePlan.ts';
import { createTextModerator } from './text/createTextModerator.ts';

const base = (): ScenePlan => directPlan('two robots talk in a kitchen', { width: 720, height: 1280, fps: 24, duration: 2, seed: 1 });

function withSpeech(plan: ScenePlan, text: string): ScenePlan {
  return parsePlan({ ...plan, speech: { language: 'en', lines: [{ speaker: 'narrator', text: 'Hello there.', start: 0 }, { speaker: 'narrator', text, start: 1 }] } });
}

describe('moderatePlan', () => {
  it('allows an ordinary plan, and reads its prompt, labels, names and spoken lines', () => {
    const plan = withSpeech(base(), 'What a lovely day for baking.');
    assert.deepEqual(moderatePlan(plan), { allowed: true });
    const fields = planTexts(plan).map((t) => t.field);
    assert.ok(fields.includes('prompt'));
    assert.ok(fields.includes('speech.lines[1].text'));
    assert.ok(fields.some((f) => /^cast\[\d+\]\.label$/.test(f)), fields.join(', '));
  });

  it('refuses a spoken line (dialogue and captions) and names the field', () => {
    const r = moderatePlan(withSpeech(base(), 'Now I will kill all the people in this town.'));
    assert.equal(r.allowed, false);
    assert.equal(r.category, 'violence');
    assert.equal(r.field, 'speech.lines[1].text');
  });

  it('refuses an entity named after a real person or a character', () => {
    const plan = base();
    const named = parsePlan({ ...plan, cast: plan.cast.map((e, i) => (i === 0 ? { ...e, name: 'Donald Trump' } : e)) });
    const r = moderatePlan(named);
    assert.equal(r.category, 'real_person');
    assert.equal(r.field, 'cast[0].name');
    const labelled = parsePlan({ ...plan, cast: plan.cast.map((e, i) => (i === 0 ? { ...e, label: 'mickey mouse' } : e)) });
    assert.equal(moderatePlan(labelled).field, 'cast[0].label');
  });

  it('refuses a hand-written prompt field and uses the moderator it is given', () => {
    const plan = { ...base(), prompt: 'a nude woman on a bed' };
    assert.equal(moderatePlan(plan).field, 'prompt');
    assert.equal(moderatePlan(plan, createTextModerator({ disabledCategories: ['sexual'] })).allowed, true);
  });
});
