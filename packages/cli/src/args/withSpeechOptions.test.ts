import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directPlan } from '@klappe/engine';
import { CliError } from '../CliError.ts';
import { withSpeechOptions } from './withSpeechOptions.ts';

describe('--language and --captions', () => {
  const plan = directPlan('a man says "Good morning, how are you?"', { duration: 4 });

  it('--language speaks the lines in that language, re-timed', () => {
    const de = withSpeechOptions(plan, 'de', false);
    assert.equal(de.speech!.language, 'de');
    assert.notEqual(de.speech!.lines[0]!.duration, plan.speech!.lines[0]!.duration);
    assert.equal(de.speech!.burnInCaptions, undefined);
  });

  it('--captions burns captions in; a plan without speech is left alone', () => {
    assert.equal(withSpeechOptions(plan, undefined, true).speech!.burnInCaptions, true);
    const silent = directPlan('a ball falls', { duration: 2 });
    assert.equal(withSpeechOptions(silent, undefined, true), silent);
  });

  it('an unknown language is one clear line naming the choices', () => {
    assert.throws(() => withSpeechOptions(plan, 'elvish', false), (err: unknown) => err instanceof CliError && /--language: unknown speech language "elvish"; one of: en, en-GB, de/.test(err.message));
  });
});
