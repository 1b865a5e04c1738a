/** `--preset NAME` and `--style ID`: the look of the clip, over whatever the prompt or plan said. */
import { UnknownPresetError, UnknownStyleError, withLook, type ScenePlan } from '@klappe/engine';
import { CliError } from '../CliError.ts';

export function withLookOptions(plan: ScenePlan, preset: string | undefined, style: string | undefined, sizeGiven: boolean): ScenePlan {
  try {
    return withLook(plan, { ...(preset !== undefined ? { preset: preset.trim().toLowerCase() } : {}), ...(style !== undefined ? { style: style.trim().toLowerCase() } : {}) }, { aspect: !sizeGiven });
  } catch (err) {
    if (err instanceof UnknownPresetError) throw new CliError(`--preset: ${err.message}`);
    if (err instanceof UnknownStyleError) throw new CliError(`--style: ${err.message}`);
    throw err;
  }
}
