/**
 * Moderate a ScenePlan: its prompt, every entity's label and name, and every spoken line
 * (dialogue, narration and the captions made from them). The server and CLI call it for plans
 * written by hand; plans made from a prompt are checked through the prompt as well.
 */
import type { ScenePlan } from '@klappe/engine';
import type { ModerationResult } from './ModerationResult.ts';
import { defaultTextModerator } from './moderateText.ts';
import type { TextModerator } from './text/createTextModerator.ts';

export interface PlanModerationResult extends ModerationResult {
  /** Where the refused text is: "prompt", "cast[2].name", "speech.lines[0].text". */
  field?: string;
}

/** The texts of a plan that reach the screen or the speakers, with where they are. */
export function planTexts(plan: Pick<ScenePlan, 'prompt' | 'cast' | 'speech'>): { field: string; text: string }[] {
  const texts: { field: string; text: string }[] = [];
  if (plan.prompt) texts.push({ field: 'prompt', text: plan.prompt });
  plan.cast.forEach((e, i) => {
    if (e.label) texts.push({ field: `cast[${i}].label`, text: e.label });
    if (e.name) texts.push({ field: `cast[${i}].name`, text: e.name });
  });
  plan.speech?.lines.forEach((l, i) => texts.push({ field: `speech.lines[${i}].text`, text: l.text }));
  return texts;
}

export function moderatePlan(plan: Pick<ScenePlan, 'prompt' | 'cast' | 'speech'>, moderator: TextModerator = defaultTextModerator()): PlanModerationResult {
  for (const { field, text } of planTexts(plan)) {
    const result = moderator.moderate(text);
    if (!result.allowed) return { ...result, field };
  }
  return { allowed: true };
}
