import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyPlan } from '../plan/createEmptyPlan.ts';
import { parsePlan } from '../plan/parsePlan.ts';
import { UnknownPresetError } from './applyPreset.ts';
import { UnknownStyleError, withLook } from './withLook.ts';

test('a style alone sets the look; with a preset it replaces the preset style', () => {
  const base = createEmptyPlan({});
  assert.deepEqual(parsePlan(withLook(base, { style: 'anime' })).look, { style: 'anime' });
  const both = parsePlan(withLook(base, { preset: 'super-8', style: 'papercraft' }));
  assert.equal(both.look?.style, 'papercraft');
  assert.equal(both.look?.preset, 'super-8');
  assert.equal(both.look?.grade, undefined);
  assert.deepEqual(withLook(base, {}), base);
});

test('unknown names are errors naming the choices', () => {
  const base = createEmptyPlan({});
  assert.throws(() => withLook(base, { style: 'cubism' }), (e: unknown) => e instanceof UnknownStyleError && /film-noir/.test(e.message));
  assert.throws(() => withLook(base, { preset: 'nope' }), UnknownPresetError);
});
