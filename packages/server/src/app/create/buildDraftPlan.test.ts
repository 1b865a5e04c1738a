import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directPlan } from '@klappe/engine';
import { ApiError } from '../../api/ApiError.ts';
import { buildDraftPlan } from './buildDraftPlan.ts';

describe('buildDraftPlan', () => {
  it('makes a plan from the prompt with the chosen aspect, length, seed and style', () => {
    const plan = buildDraftPlan({ prompt: 'a red ball bounces on a wooden floor', aspect: '16:9', seconds: 2, seed: 7, style: 'film-noir' });
    assert.deepEqual([plan.canvas.width, plan.canvas.height, plan.canvas.duration, plan.seed], [1280, 720, 2, 7]);
    assert.equal(plan.look?.style, 'film-noir');
    assert.ok(plan.cast.length > 0);
  });

  it('takes an edited plan as given, with overrides on top (director mode)', () => {
    const edited = directPlan('a blue ball falls', { width: 720, height: 1280, duration: 3 });
    const plan = buildDraftPlan({ plan: { ...edited, seed: 99 }, aspect: '1:1' });
    assert.equal(plan.seed, 99);
    assert.deepEqual([plan.canvas.width, plan.canvas.height, plan.canvas.duration], [1080, 1080, 3]);
    assert.deepEqual(plan.cast, edited.cast);
  });

  it('remixes a source plan with the prompt, keeping the seed', () => {
    const source = directPlan('a red ball bounces in a kitchen', { width: 720, height: 1280, duration: 2, seed: 5 });
    const plan = buildDraftPlan({ prompt: 'make it night' }, source);
    assert.equal(plan.seed, 5);
    assert.notDeepEqual(plan.environment, source.environment);
  });

  it('a preset fills in its style and is named in the look', () => {
    const plan = buildDraftPlan({ prompt: 'a cat sits', preset: { id: 'paper-pets', name: 'Paper pets', description: '', style: 'papercraft' } });
    assert.deepEqual(plan.look, { style: 'papercraft', preset: 'paper-pets' });
  });

  it('says which field of an invalid plan is wrong, and asks for a prompt when there is none', () => {
    const edited = directPlan('a blue ball falls', { width: 720, height: 1280, duration: 3 });
    assert.throws(
      () => buildDraftPlan({ plan: { ...edited, cast: [{ ...edited.cast[0], kind: 'unicorn-engine' }] } }),
      (e: unknown) => e instanceof ApiError && e.status === 422 && e.code === 'invalid_plan' && /^plan\.cast\.0\.kind/.test(e.param ?? ''),
    );
    assert.throws(() => buildDraftPlan({ prompt: '  ' }), (e: unknown) => e instanceof ApiError && e.status === 400 && e.param === 'prompt');
  });
});
