import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyPlan } from '@klappe/engine';
import { CliError } from '../CliError.ts';
import { withLookOptions } from './withLookOptions.ts';

test('--preset and --style set the look; the preset aspect only when no size was given', () => {
  const plan = createEmptyPlan({});
  const noir = withLookOptions(plan, 'Film-Noir', undefined, false);
  assert.equal(noir.look?.style, 'film-noir');
  assert.deepEqual([noir.canvas.width, noir.canvas.height], [1280, 720]);
  assert.deepEqual(withLookOptions(plan, 'film-noir', undefined, true).canvas, plan.canvas);
  assert.equal(withLookOptions(plan, undefined, 'pixel-art', false).look?.style, 'pixel-art');
});

test('an unknown preset or style is one clear line naming the flag and the choices', () => {
  const plan = createEmptyPlan({});
  assert.throws(() => withLookOptions(plan, 'sepia', undefined, false), (e: unknown) => e instanceof CliError && /^--preset: unknown preset "sepia"; choose one of .*film-noir/.test(e.message));
  assert.throws(() => withLookOptions(plan, undefined, 'cubist', false), (e: unknown) => e instanceof CliError && /^--style: unknown style "cubist"/.test(e.message));
});
