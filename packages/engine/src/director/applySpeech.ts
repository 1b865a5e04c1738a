/**
 * Speech read from a prompt, put into a plan: each line bound to its speaker (the cast member
 * the prompt named, added when not yet in the cast; "narrator" for narration), its language
 * (the one asked for, else detected from the line), and its timing — the first line after a
 * short beat, each next one after the previous line ends plus a pause, every duration the
 * synthesised line's. The clip grows to hold the speech unless its duration was given.
 */
import { kindOf } from '../ontology/ontology.ts';
import { MAX_DURATION, type Entity, type ScenePlan } from '../plan/scenePlanSchema.ts';
import { NARRATOR, type SpeechLine } from '../plan/speechSchema.ts';
import { detectLanguage } from '../speech/detectLanguage.ts';
import { synthesizeFitted, voiceOfLine } from '../speech/speakPlan.ts';
import { applyReading } from './applyReading.ts';
import { readPrompt, sameHead } from './readPrompt.ts';
import type { SpeechReading } from './readSpeech.ts';

/** Silence before the first line (s). */
export const FIRST_LINE_START = 0.4;
/** Pause between lines (s). */
export const LINE_PAUSE = 0.3;
const MAX_TEXT = 600;
const MAX_LINES = 60;
/** Time left after the last line before the clip ends (s). */
const TAIL = 0.6;

const PRONOUNS = /^(he|she|it|they|him|her|er|sie|es)$/iu;
const FEMALE = /\b(woman|girl|lady|mother|grandma|queen|princess|sister|wife|she|her|frau|sie)\b/iu;
const MALE = /\b(man|boy|guy|father|grandpa|king|prince|brother|husband|he|him|er)\b/iu;

export interface SpeechOptions {
  /** The clip's duration was fixed by the caller or the prompt: do not lengthen it. */
  durationFixed: boolean;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function applySpeech(plan: ScenePlan, speech: SpeechReading, options: SpeechOptions): ScenePlan {
  if (speech.lines.length === 0) return plan;
  let current = plan;
  const speakers: string[] = [];
  const lines: SpeechLine[] = [];
  const detectedAll = detectLanguage(speech.lines.map((l) => l.text).join(' '));
  const language = speech.language ?? current.speech?.language ?? detectedAll ?? 'en';
  const notes: string[] = [];
  const all = splitLongLines(speech.lines);
  if (all.length > MAX_LINES) notes.push(`${all.length - MAX_LINES} more lines (at most ${MAX_LINES} per clip)`);
  for (const said of all.slice(0, MAX_LINES)) {
    const bound = bindSpeaker(current, said.speaker, speakers);
    current = bound.plan;
    speakers.push(bound.id);
    const own = speech.language === undefined ? detectLanguage(said.text) : undefined;
    lines.push({
      speaker: bound.id,
      text: said.text,
      ...(own !== undefined && own !== language && said.text.length > 3 ? { language: own } : {}),
      start: 0,
    });
  }
  // Timing: one line after another, each as long as its synthesis.
  const previous = current.speech?.lines ?? [];
  const lastEnd = previous.reduce((t, l) => Math.max(t, l.start + (l.duration ?? 0)), 0);
  let t = previous.length > 0 ? lastEnd + LINE_PAUSE : FIRST_LINE_START;
  const timed = lines.map((line) => {
    const probe = { ...current, speech: { language, lines: [line] } };
    const { synthesis } = synthesizeFitted(line.text, line.language ?? language, voiceOfLine(probe, line));
    const duration = Math.max(0.05, Math.ceil(synthesis.duration * 100) / 100);
    const out = { ...line, start: round2(t), duration };
    t = out.start + duration + LINE_PAUSE;
    return out;
  });
  const speechEnd = timed.reduce((m, l) => Math.max(m, l.start + l.duration), 0);
  let duration = current.canvas.duration;
  if (!options.durationFixed && speechEnd + TAIL > duration) duration = Math.min(MAX_DURATION, Math.ceil(speechEnd + TAIL));
  const kept = [...previous, ...timed].filter((l) => l.start < duration);
  const dropped = timed.filter((l) => l.start >= duration);
  return {
    ...current,
    canvas: { ...current.canvas, duration },
    speech: { ...(current.speech ?? {}), language, lines: kept },
    ungrounded: [...current.ungrounded, ...droppedNote(dropped.map((l) => l.text)), ...notes],
  };
}

/** One note for the lines that start after the clip ends. */
export function droppedNote(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const quoted = texts.map((t) => `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`);
  const shown = quoted.length > 3 ? [...quoted.slice(0, 3), `${quoted.length - 3} more`] : quoted;
  return [`${shown.join(', ')} (${texts.length === 1 ? 'starts' : 'start'} after the clip ends)`];
}

/** Lines longer than a plan allows are split at sentence ends (or, failing that, between words). */
function splitLongLines(lines: SpeechReading['lines']): SpeechReading['lines'] {
  return lines.flatMap((line) => {
    if (line.text.length <= MAX_TEXT) return [line];
    const sentences = line.text.match(/[^.!?。！？]+[.!?。！？]*\s*/gu) ?? [line.text];
    const chunks: string[] = [];
    let chunk = '';
    for (const sentence of sentences) {
      if ((chunk + sentence).length > MAX_TEXT && chunk) {
        chunks.push(chunk.trim());
        chunk = '';
      }
      chunk += sentence;
      while (chunk.length > MAX_TEXT) {
        const cut = chunk.lastIndexOf(' ', MAX_TEXT) > MAX_TEXT / 2 ? chunk.lastIndexOf(' ', MAX_TEXT) : MAX_TEXT;
        chunks.push(chunk.slice(0, cut).trim());
        chunk = chunk.slice(cut);
      }
    }
    if (chunk.trim()) chunks.push(chunk.trim());
    return chunks.map((text) => ({ ...line, text }));
  });
}

const speaks = (e: Entity) => {
  const category = kindOf(e.kind).category;
  return category === 'character' || category === 'animal';
};

/** The entity id a prompt's speaker phrase names; adds the speaker to the cast when needed. */
function bindSpeaker(plan: ScenePlan, phrase: string | undefined, before: readonly string[]): { plan: ScenePlan; id: string } {
  if (phrase !== undefined && phrase.toLowerCase() === NARRATOR) return { plan, id: NARRATOR };
  const talkers = plan.cast.filter(speaks);
  const last = before[before.length - 1];
  if (phrase === undefined || PRONOUNS.test(phrase.trim())) {
    const female = phrase !== undefined && FEMALE.test(phrase);
    const male = phrase !== undefined && MALE.test(phrase);
    const byGender = talkers.filter((e) => e.id !== last && ((female && FEMALE.test(e.label ?? '')) || (male && MALE.test(e.label ?? ''))));
    if (byGender[0]) return { plan, id: byGender[0].id };
    // "he says" with no one in the scene: someone to say it.
    if (talkers.length === 0 && (female || male)) return bindSpeaker(plan, female ? 'a woman' : 'a man', before);
    // Turns: A, B, A, B…; else someone who has not just spoken; else the same speaker again.
    const beforeLast = [...before].reverse().find((id) => id !== last);
    if (beforeLast !== undefined && beforeLast !== NARRATOR) return { plan, id: beforeLast };
    const other = talkers.find((e) => e.id !== last && !before.includes(e.id)) ?? talkers.find((e) => e.id !== last);
    if (other) return { plan, id: other.id };
    if (last !== undefined) return { plan, id: last };
    return { plan, id: talkers[0]?.id ?? NARRATOR };
  }
  const group = readPrompt(phrase).groups[0];
  if (!group) return bindSpeaker(plan, undefined, before);
  const matches = plan.cast.filter((e) => e.kind === group.kind && (group.kind !== 'prop' ? true : sameHead(e.label ?? '', group.label)));
  const byLabel = matches.filter((e) => sameHead(e.label ?? e.kind, group.label) || sameHead(group.label, e.label ?? e.kind));
  // "the robot" is any robot; "the man" is not the woman.
  const pool = byLabel.length > 0 || group.label !== group.kind ? byLabel : matches;
  // "two cats": the one that has not just spoken.
  const chosen = pool.find((e) => e.id !== last) ?? pool[0];
  if (chosen) return { plan, id: chosen.id };
  // Not in the cast yet: add it (something that cannot speak becomes a person with that name).
  const category = kindOf(group.kind).category;
  const addPhrase = category === 'character' || category === 'animal' ? `a ${group.label}` : 'a person';
  const ids = new Set(plan.cast.map((e) => e.id));
  const added = applyReading(plan, readPrompt(addPhrase), { fresh: false });
  const fresh = added.cast.find((e) => !ids.has(e.id));
  if (!fresh) return { plan, id: talkers[0]?.id ?? NARRATOR };
  if (addPhrase === 'a person') fresh.label = group.label;
  // Only the cast and actions change: everything else (speech so far, look, references) stays.
  return { plan: { ...plan, cast: added.cast, actions: added.actions }, id: fresh.id };
}
