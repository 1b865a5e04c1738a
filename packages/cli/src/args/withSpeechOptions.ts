/** `--language` and `--captions`: the speech language of the dialogue, and burned-in captions. */
import { setSpeechLanguage, SpeechLanguageError, type ScenePlan } from '@klappe/engine';
import { CliError } from '../CliError.ts';

export function withSpeechOptions(plan: ScenePlan, language: string | undefined, burnIn: boolean): ScenePlan {
  let out = plan;
  if (language !== undefined) {
    try {
      out = setSpeechLanguage(out, language);
    } catch (err) {
      if (err instanceof SpeechLanguageError) throw new CliError(`--language: ${err.message}`);
      throw err;
    }
  }
  if (burnIn && out.speech) out = { ...out, speech: { ...out.speech, burnInCaptions: true } };
  return out;
}
