/**
 * Caption cues from the spoken lines: each line's words cut into chunks of at most two short
 * lines, broken at phrase boundaries (after punctuation) when one is near, the two lines of a
 * cue balanced. Scripts written without spaces (Chinese, Japanese, Thai) break between
 * characters. A cue shows from its first word's start to its last word's end, held a little
 * longer for reading when the next cue leaves room.
 */
import { speechLanguageOf } from '../speech/speechLanguages.ts';
import type { SpokenLine, SpokenWord } from '../timeline/Timeline.ts';
import { seconds, type Seconds } from '../units/units.ts';

export interface CaptionCue {
  start: Seconds;
  end: Seconds;
  speaker: string;
  language: string;
  rtl: boolean;
  /** One or two lines of text. */
  lines: string[];
  /** The words of the cue, in order, with their times (for word highlighting and VTT timestamps). */
  words: SpokenWord[];
  /** Words are joined without spaces. */
  noSpaces: boolean;
}

export interface CueOptions {
  /** Width units per caption line (a Latin letter is 1, a CJK character 2). */
  maxLineUnits?: number;
  /** Lines per cue. */
  maxLines?: number;
  /** Longest a cue may stay on screen (s). */
  maxCueSeconds?: number;
  /** No cue lasts beyond this (the clip's end, s). */
  clipEnd?: number;
}

/** Held after the last word for reading, when the next cue allows (s). */
const HOLD = 0.6;
const PHRASE_END = /[,.;:!?،؛؟。、，！？；：…—)]$/u;

/** Display width of a text in units: East Asian wide characters count 2. */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return n;
}

export function joinWords(words: readonly { text: string }[], noSpaces: boolean): string {
  return words.map((w) => w.text).join(noSpaces ? '' : ' ');
}

export function captionCues(lines: readonly SpokenLine[], options: CueOptions = {}): CaptionCue[] {
  const maxUnits = options.maxLineUnits ?? 36;
  const maxLines = options.maxLines ?? 2;
  const maxSeconds = options.maxCueSeconds ?? 6;
  const cues: CaptionCue[] = [];
  for (const line of lines) {
    const lang = speechLanguageOf(line.language);
    const noSpaces = lang?.noSpaces ?? false;
    const words = noSpaces ? splitCharacters(line.words) : line.words;
    const sep = noSpaces ? 0 : 1;
    const budget = maxUnits * maxLines;
    let chunk: SpokenWord[] = [];
    let units = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      cues.push({
        start: chunk[0]!.start,
        end: chunk[chunk.length - 1]!.end,
        speaker: line.speaker,
        language: line.language,
        rtl: lang?.rtl ?? false,
        lines: balance(chunk, maxUnits, noSpaces),
        words: chunk,
        noSpaces,
      });
      chunk = [];
      units = 0;
    };
    words.forEach((w, i) => {
      const add = textUnits(w.text) + (chunk.length > 0 ? sep : 0);
      const tooLong = chunk.length > 0 && (units + add > budget || w.end - chunk[0]!.start > maxSeconds);
      if (tooLong) {
        // Go back to the last phrase end in the chunk's second half, if there is one.
        const cut = lastPhraseEnd(chunk);
        if (cut > 0 && cut < chunk.length && cut >= chunk.length / 2) {
          const rest = chunk.slice(cut);
          chunk = chunk.slice(0, cut);
          flush();
          chunk = rest;
          units = textUnits(joinWords(rest, noSpaces));
        } else flush();
      }
      chunk.push(w);
      units += textUnits(w.text) + (chunk.length > 1 ? sep : 0);
      // A sentence end closes the cue when it is reasonably full.
      if (/[.!?。！？؟]$/u.test(w.text) && units >= budget * 0.5 && i < words.length - 1) flush();
    });
    flush();
  }
  cues.sort((a, b) => a.start - b.start);
  // Hold each cue a little after its last word, never into the next cue.
  cues.forEach((c, i) => {
    const next = cues[i + 1];
    const limit = Math.min(next ? next.start : Infinity, options.clipEnd ?? Infinity);
    c.end = seconds(Math.max(c.end, Math.min(c.end + HOLD, limit)));
  });
  return cues;
}

function lastPhraseEnd(words: readonly SpokenWord[]): number {
  for (let i = words.length - 1; i > 0; i--) if (PHRASE_END.test(words[i - 1]!.text)) return i;
  return -1;
}

/** Words of scripts without spaces split into single characters, times shared out evenly. */
function splitCharacters(words: readonly SpokenWord[]): SpokenWord[] {
  const out: SpokenWord[] = [];
  for (const w of words) {
    const chars = Array.from(w.text);
    const step = (w.end - w.start) / Math.max(1, chars.length);
    chars.forEach((ch, k) => {
      // Punctuation stays with the character before it.
      if (k > 0 && PHRASE_END.test(ch) && out.length > 0) {
        out[out.length - 1]!.text += ch;
        return;
      }
      out.push({ text: ch, start: seconds(w.start + k * step), end: seconds(w.start + (k + 1) * step) });
    });
    if (out.length > 0) out[out.length - 1]!.end = seconds(Math.max(out[out.length - 1]!.end, w.end));
  }
  return out;
}

/** One line, or two lines of as equal a width as possible (preferring a break after punctuation). */
function balance(words: readonly SpokenWord[], maxUnits: number, noSpaces: boolean): string[] {
  const whole = joinWords(words, noSpaces);
  if (textUnits(whole) <= maxUnits || words.length < 2) return [whole];
  let best = 1;
  let bestCost = Infinity;
  for (let k = 1; k < words.length; k++) {
    const a = textUnits(joinWords(words.slice(0, k), noSpaces));
    const b = textUnits(joinWords(words.slice(k), noSpaces));
    const over = Math.max(0, a - maxUnits) + Math.max(0, b - maxUnits);
    const cost = over * 100 + Math.abs(a - b) - (PHRASE_END.test(words[k - 1]!.text) ? 6 : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = k;
    }
  }
  return [joinWords(words.slice(0, best), noSpaces), joinWords(words.slice(best), noSpaces)];
}
