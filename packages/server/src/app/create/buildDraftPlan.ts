/**
 * The ScenePlan of a new draft: an edited plan as given (director mode), a remix of a source
 * post's plan changed by the prompt, or a plan made from the prompt; then the Create page's
 * choices (aspect, seconds, seed, style, preset) on top.
 */
import { applyPromptToPlan, directPlan, parsePlan, PlanError, type ScenePlan } from '@klappe/engine';
import { ApiError, missingParameter } from '../../api/ApiError.ts';
import { ASPECT_SIZES, type Aspect } from '../views/aspectOfSize.ts';
import type { PresetView } from './presetCatalogue.ts';

export interface DraftChoices {
  prompt?: string;
  plan?: unknown;
  aspect?: Aspect;
  seconds?: number;
  seed?: number;
  style?: string;
  preset?: PresetView;
}

export const DEFAULT_SECONDS = 4;

export function planError(err: unknown, prefix: string): never {
  if (err instanceof PlanError) {
    const param = err.field ? `${prefix}.${err.field}` : prefix;
    throw new ApiError(422, `Invalid ${prefix}: ${err.field ? `${err.field}: ` : ''}${err.reason}`, { param, code: 'invalid_plan' });
  }
  throw err;
}

/** `sourcePlan`: the plan of the post being remixed, if any. */
export function buildDraftPlan(choices: DraftChoices, sourcePlan?: ScenePlan): ScenePlan {
  const prompt = choices.prompt?.trim() || undefined;
  const seconds = choices.seconds ?? choices.preset?.seconds;
  const aspect = choices.aspect ?? (choices.preset?.aspect as Aspect | undefined);
  let plan: ScenePlan;
  if (choices.plan !== undefined) {
    try {
      plan = parsePlan(choices.plan);
    } catch (err) {
      planError(err, 'plan');
    }
  } else if (sourcePlan) {
    try {
      plan = prompt ? applyPromptToPlan(sourcePlan, prompt) : sourcePlan;
    } catch (err) {
      planError(err, 'prompt');
    }
  } else {
    if (!prompt) throw missingParameter('prompt');
    const [width, height] = ASPECT_SIZES[aspect ?? '9:16'].split('x').map(Number) as [number, number];
    try {
      plan = directPlan(prompt, { width, height, duration: seconds ?? DEFAULT_SECONDS, ...(choices.seed !== undefined ? { seed: choices.seed } : {}) });
    } catch (err) {
      planError(err, 'prompt');
    }
  }
  const [width, height] = aspect ? (ASPECT_SIZES[aspect].split('x').map(Number) as [number, number]) : [plan.canvas.width, plan.canvas.height];
  const style = choices.style ?? choices.preset?.style ?? undefined;
  const look = style ? { style, ...(choices.preset ? { preset: choices.preset.id } : {}) } : plan.look;
  try {
    return parsePlan({
      ...plan,
      seed: choices.seed ?? plan.seed,
      canvas: { ...plan.canvas, width, height, duration: seconds ?? plan.canvas.duration },
      ...(look ? { look } : {}),
    });
  } catch (err) {
    planError(err, 'plan');
  }
}
