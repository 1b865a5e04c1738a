/**
 * A user's choice of look from outside the prompt (the CLI's --preset/--style, the API's
 * `preset`/`style` fields): the preset first, then the style on top of it. Unknown names are
 * errors that list the valid ones.
 */
import { STYLE_IDS, type StyleId } from '../plan/lookSchema.ts';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import { applyPreset } from './applyPreset.ts';

export class UnknownStyleError extends Error {
  constructor(readonly style: string) {
    super(`unknown style "${style}"; choose one of ${STYLE_IDS.join(', ')}`);
    this.name = 'UnknownStyleError';
  }
}

export const isStyleId = (s: string): s is StyleId => (STYLE_IDS as readonly string[]).includes(s);

export function withLook(plan: ScenePlan, choice: { preset?: string; style?: string }, options: { aspect?: boolean } = {}): ScenePlan {
  if (choice.style !== undefined && !isStyleId(choice.style)) throw new UnknownStyleError(choice.style);
  let out = choice.preset !== undefined ? applyPreset(plan, choice.preset, options) : plan;
  if (choice.style !== undefined) {
    const style = choice.style as StyleId;
    // A style alone replaces the look; on top of a preset it keeps the preset's captions but not its grade.
    out = { ...out, look: choice.preset !== undefined && out.look ? { ...out.look, style, grade: undefined } : { style } };
    if (out.look && out.look.grade === undefined) {
      const { grade: _drop, ...rest } = out.look;
      out = { ...out, look: rest };
    }
  }
  return out;
}
