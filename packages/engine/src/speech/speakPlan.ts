/**
 * A plan's speech as it will be heard: every line synthesised with its speaker's voice, at its
 * start time, fitted to its duration when the plan gives one (the speaking rate is scaled so the
 * line takes that long), and cut at the end of the clip. The simulation turns these into
 * `Timeline.speech`; the audio renderer mixes their samples.
 */
import { NARRATOR, type SpeechLine } from '../plan/speechSchema.ts';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import type { SpokenLine } from '../timeline/Timeline.ts';
import { seconds, type Seconds } from '../units/units.ts';
import type { SpeakerVoice } from './SpeakerVoice.ts';
import { synthesizeLine, type SynthesizedLine } from './synthesizeLine.ts';
import { voiceForSpeaker } from './voiceForSpeaker.ts';

export interface PlannedLine {
  line: SpeechLine;
  language: string;
  voice: SpeakerVoice;
  synthesis: SynthesizedLine;
  start: Seconds;
  /** When the line stops: its synthesis or its duration, whichever is shorter, cut at the clip's end. */
  end: Seconds;
}

/** A rate change smaller than this is not worth a second synthesis. */
const FIT_TOLERANCE = 0.04;

/** The voice a line is spoken with. */
export function voiceOfLine(plan: ScenePlan, line: SpeechLine): SpeakerVoice {
  const entity = line.speaker === NARRATOR ? undefined : plan.cast.find((e) => e.id === line.speaker);
  return voiceForSpeaker({ id: line.speaker, kind: entity?.kind, label: entity?.label, name: entity?.name }, line.voice);
}

/** Synthesise one line, fitting it to `duration` (seconds) when given. */
export function synthesizeFitted(text: string, language: string, voice: SpeakerVoice, duration?: number): { voice: SpeakerVoice; synthesis: SynthesizedLine } {
  const first = synthesizeLine(text, language, voice);
  if (duration === undefined || Math.abs(first.duration - duration) <= FIT_TOLERANCE * duration) return { voice, synthesis: first };
  const rate = Math.round(Math.min(450, Math.max(80, (voice.rate * first.duration) / duration)));
  if (rate === voice.rate) return { voice, synthesis: first };
  const fitted = { ...voice, rate };
  return { voice: fitted, synthesis: synthesizeLine(text, language, fitted) };
}

export function speakPlan(plan: ScenePlan): PlannedLine[] {
  const speech = plan.speech;
  if (!speech) return [];
  const clipEnd = plan.canvas.duration;
  return speech.lines
    .map((line) => {
      const language = line.language ?? speech.language;
      const { voice, synthesis } = synthesizeFitted(line.text, language, voiceOfLine(plan, line), line.duration);
      const length = Math.min(synthesis.duration, line.duration ?? Infinity);
      return { line, language, voice, synthesis, start: seconds(line.start), end: seconds(Math.min(clipEnd, line.start + length)) };
    })
    .sort((a, b) => a.start - b.start);
}

/** The timeline's record of a planned line: absolute word and phoneme times, nothing after the line's end. */
export function spokenLineOf(p: PlannedLine): SpokenLine {
  const shift = (t: { text: string; start: Seconds; end: Seconds }) => ({
    start: seconds(p.start + t.start),
    end: seconds(Math.min(p.end, p.start + t.end)),
  });
  return {
    speaker: p.line.speaker,
    text: p.line.text,
    language: p.language,
    start: p.start,
    end: p.end,
    words: p.synthesis.words.filter((w) => p.start + w.start < p.end).map((w) => ({ text: w.text, ...shift(w) })),
    phonemes: p.synthesis.phonemes.filter((ph) => p.start + ph.start < p.end).map((ph) => ({ phoneme: ph.text, ...shift(ph) })),
  };
}

export function spokenLinesOf(plan: ScenePlan): SpokenLine[] {
  return speakPlan(plan).map(spokenLineOf);
}
