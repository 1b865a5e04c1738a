/**
 * Speak a plan's lines in another language (`klappe generate --language de`): every line gets
 * the language, and the lines are re-timed from their new synthesis, keeping their order and
 * the pauses between them. The clip is not lengthened; a line that no longer starts before the
 * end is dropped and named in `ungrounded`.
 */
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import { speechLanguageOf, SPEECH_LANGUAGES } from '../speech/speechLanguages.ts';
import { synthesizeFitted, voiceOfLine } from '../speech/speakPlan.ts';
import { droppedNote } from './applySpeech.ts';

export class SpeechLanguageError extends Error {}

export function setSpeechLanguage(plan: ScenePlan, tag: string): ScenePlan {
  const language = speechLanguageOf(tag);
  if (!language) {
    throw new SpeechLanguageError(`unknown speech language "${tag}"; one of: ${SPEECH_LANGUAGES.map((l) => l.tag).join(', ')}`);
  }
  const speech = plan.speech;
  if (!speech) return plan;
  const sorted = [...speech.lines].sort((a, b) => a.start - b.start);
  let shift = 0;
  const lines = sorted.map((line, i) => {
    const previous = sorted[i - 1];
    const gap = previous ? line.start - (previous.start + (previous.duration ?? 0)) : 0;
    const bare = { ...line, language: language.tag };
    delete bare.duration;
    const { synthesis } = synthesizeFitted(line.text, language.tag, voiceOfLine(plan, bare));
    const duration = Math.max(0.05, Math.ceil(synthesis.duration * 100) / 100);
    const start = i === 0 ? line.start : Math.round((shift + Math.max(0, gap)) * 100) / 100;
    shift = start + duration;
    const { language: _old, ...rest } = line;
    return { ...rest, start, duration };
  });
  const kept = lines.filter((l) => l.start < plan.canvas.duration);
  const dropped = lines.filter((l) => l.start >= plan.canvas.duration);
  return {
    ...plan,
    speech: { ...speech, language: language.tag, lines: kept },
    ungrounded: [...plan.ungrounded, ...droppedNote(dropped.map((l) => l.text))],
  };
}
