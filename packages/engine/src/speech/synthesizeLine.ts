/**
 * One line of speech synthesised and timed: eSpeak NG's samples, and its word and phoneme
 * events turned into words (with the text as written) and phonemes with start and end times
 * relative to the start of the line. Deterministic, and cached per process by
 * (text, language, voice): the director, the simulation and the audio renderer share one synthesis.
 */
import type { Seconds } from '../units/units.ts';
import { seconds } from '../units/units.ts';
import { callEspeak, ESPEAK_SAMPLE_RATE, type EspeakEvent } from './callEspeak.ts';
import type { SpeakerVoice } from './SpeakerVoice.ts';
import { espeakVoiceOf } from './speechLanguages.ts';
import { resampleCubic } from '../audio/dsp/resampleCubic.ts';

export interface TimedText {
  text: string;
  start: Seconds;
  end: Seconds;
}

export interface SynthesizedLine {
  /** Mono at `sampleRate`, −1..1, before the voice's effect. */
  samples: Float32Array;
  sampleRate: number;
  duration: Seconds;
  /** Relative to the start of the line. */
  words: TimedText[];
  /** IPA phonemes, relative to the start of the line. */
  phonemes: TimedText[];
}

const MAX_CACHED = 256;
const cache = new Map<string, SynthesizedLine>();

/** Forget cached syntheses (benchmarks measure cold synthesis). */
export function clearSynthesisCache(): void {
  cache.clear();
}

/** Synthesise `text` in `language` with `voice`. Blocks; results are cached. */
export function synthesizeLine(text: string, language: string, voice: SpeakerVoice): SynthesizedLine {
  const key = JSON.stringify([text, language, voice.variant, voice.rate, voice.pitch, voice.range, voice.shift]);
  const hit = cache.get(key);
  if (hit) return hit;
  const base = espeakVoiceOf(language);
  // eSpeak reads SSML-like markup in its input; plain text only.
  const clean = text.replace(/[<>]/g, ' ');
  const answer = callEspeak({
    voice: voice.variant ? `${base}+${voice.variant}` : base,
    text: clean,
    rate: Math.round(voice.rate * voice.shift ** -1),
    pitch: voice.pitch,
    range: voice.range,
  });
  const raw = new Float32Array(answer.samples.length);
  for (let i = 0; i < raw.length; i++) raw[i] = answer.samples[i]! / 32768;
  const samples = voice.shift === 1 ? raw : resampleCubic(raw, voice.shift);
  const rawDuration = raw.length / ESPEAK_SAMPLE_RATE;
  const line = {
    samples,
    sampleRate: ESPEAK_SAMPLE_RATE,
    duration: seconds(samples.length / ESPEAK_SAMPLE_RATE),
    ...timeEvents(clean, answer.events, rawDuration, 1 / voice.shift),
  };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, line);
  return line;
}


/**
 * Words and phonemes from eSpeak's events. A word's text runs from its text position to the
 * next word's (so punctuation stays with the word before it and CJK runs are covered); it ends
 * when its last phoneme ends. A phoneme ends at the next event (pauses are events without IPA).
 */
export function timeEvents(
  text: string,
  events: readonly EspeakEvent[],
  duration: number,
  scale = 1,
): { words: TimedText[]; phonemes: TimedText[] } {
  const chars = Array.from(text);
  const timed = events.filter((e) => e.type === 'word' || e.type === 'phoneme' || e.type === 'end');
  const sec = (ms: number) => seconds(Math.min(duration, ms / 1000) * scale);
  const phonemes: TimedText[] = [];
  timed.forEach((e, i) => {
    // Pauses have no IPA; "(en)" marks a switch of language inside the line.
    if (e.type !== 'phoneme' || e.id === '' || e.id.startsWith('(')) return;
    const next = timed.slice(i + 1).find((n) => n.time > e.time);
    phonemes.push({ text: e.id, start: sec(e.time), end: sec(next ? next.time : duration * 1000) });
  });
  const wordEvents = timed.filter((e) => e.type === 'word');
  const words: TimedText[] = [];
  wordEvents.forEach((w, i) => {
    const from = i === 0 ? 0 : w.textPosition - 1;
    const to = i + 1 < wordEvents.length ? wordEvents[i + 1]!.textPosition - 1 : chars.length;
    const slice = chars.slice(from, to).join('').trim();
    if (!slice) return;
    const start = sec(w.time);
    const nextStart = i + 1 < wordEvents.length ? sec(wordEvents[i + 1]!.time) : seconds(duration * scale);
    const own = phonemes.filter((p) => p.start >= start && p.start < nextStart);
    const end = own.length > 0 ? own[own.length - 1]!.end : nextStart;
    const previous = words[words.length - 1];
    // eSpeak may report two words at one position (a number read as several words): merge.
    if (previous && start <= previous.start) {
      previous.text = `${previous.text} ${slice}`;
      previous.end = seconds(Math.max(previous.end, end));
      return;
    }
    words.push({ text: slice, start, end: seconds(Math.max(start, end)) });
  });
  return { words, phonemes };
}
