/**
 * The director: a prompt in, a validated ScenePlan out. Deterministic and offline — the same
 * prompt and options always give the same plan. What it could not understand is listed in
 * the plan's `ungrounded` words, so users see what was ignored.
 */
import { createEmptyPlan, type PlanOptions } from '../plan/createEmptyPlan.ts';
import { parsePlan } from '../plan/parsePlan.ts';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import { hashString } from '../random/createRandom.ts';
import { applyReading } from './applyReading.ts';
import { readPrompt } from './readPrompt.ts';
import { applySpeech } from './applySpeech.ts';
import { readSpeech } from './readSpeech.ts';
import { applyStyleReading, readStyle } from './readStyle.ts';
import { applyNames } from './applyNames.ts';
import { readNames } from './readNames.ts';

const MAX_PROMPT = 4000;

/** Make a ScenePlan from a prompt. Options (canvas, seed, setting) override what the prompt says. */
export function directPlan(prompt: string, options: PlanOptions = {}): ScenePlan {
  const text = prompt.slice(0, MAX_PROMPT);
  const seed = options.seed ?? hashString(prompt.trim().toLowerCase());
  const base = { ...createEmptyPlan({ ...options, seed }), prompt: text };
  // Quoted speech and narration are read first: the scene parser sees only the description.
  const spoken = readSpeech(text);
  const styled = readStyle(spoken.description);
  const named = readNames(styled.rest);
  const reading = readPrompt(named.rest);
  const read = applyReading(base, reading, {
    fresh: true,
    ...(options.setting !== undefined ? { setting: options.setting } : {}),
    ...(options.width !== undefined ? { width: options.width } : {}),
    ...(options.height !== undefined ? { height: options.height } : {}),
    ...(options.duration !== undefined ? { duration: options.duration } : {}),
  });
  const scene = applyNames(read, named);
  const plan = applySpeech(scene, spoken, { durationFixed: options.duration !== undefined || reading.duration !== undefined });
  return parsePlan(applyStyleReading(plan, styled, { aspect: options.width === undefined && options.height === undefined }));
}

/**
 * Apply a further prompt to an existing plan (a remix): "make it night", "the ball is blue",
 * "add three ducks", "the camera orbits the car". What the new prompt does not mention stays as
 * it was; things named with "the …" are changed in place, new things are added. The seed is kept.
 */
export function applyPromptToPlan(base: ScenePlan, prompt: string): ScenePlan {
  const text = prompt.slice(0, MAX_PROMPT);
  const combined = base.prompt ? `${base.prompt}\n${text}` : text;
  const spoken = readSpeech(text);
  const styled = readStyle(spoken.description);
  const named = readNames(styled.rest);
  const reading = readPrompt(named.rest);
  const scene = applyNames(applyReading({ ...base, prompt: combined.slice(-MAX_PROMPT) }, reading, { fresh: false }), named);
  const withSpeech = base.speech ? { ...scene, speech: base.speech } : scene;
  const plan = applySpeech(withSpeech, spoken, { durationFixed: reading.duration !== undefined });
  return parsePlan(applyStyleReading(plan, styled));
}
