/**
 * Cuts a prompt's words into chunks: the longest lexicon phrase at each position (matched on
 * the word or its root, so "rubber duckies" finds "rubber ducky"), a number, or a single
 * word the lexicon does not know (kept with its part-of-speech tags).
 */
import type { PhraseIndex } from './buildPhraseIndex.ts';
import type { Sense } from './Sense.ts';
import type { Token } from './tokenizePrompt.ts';

export interface Chunk {
  /** First and one-past-last token index. */
  start: number;
  end: number;
  /** The words as the user wrote them, and normalised. */
  text: string;
  normal: string;
  /** Every sense of the phrase; empty for a word the lexicon does not know. */
  senses: Sense[];
  /** Tags of the last word (the head of a noun phrase, the verb of a verb phrase). */
  tags: ReadonlySet<string>;
  /** Tags of the first word (the verb of "knocked over"). */
  firstTags: ReadonlySet<string>;
  /** A number, with an optional unit written onto it ("3m"). */
  number?: { value: number; unit?: string };
  breakAfter?: Token['breakAfter'];
}

const VERB_SENSES = new Set<Sense['cat']>(['action', 'move', 'cameraVerb', 'weather', 'copula', 'stop', 'unsupported']);
const FUNCTION_SENSES = new Set<Sense['cat']>(['stop', 'pronoun', 'definite', 'copula']);

function formsOf(t: Token): string[] {
  const forms = [t.normal];
  if (t.root && t.root !== t.normal) forms.push(t.root);
  // "bird's" also matches "bird".
  if (t.normal.endsWith("'s")) forms.push(t.normal.slice(0, -2));
  return forms;
}

function fits(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at + words.length > tokens.length) return false;
  for (let j = 0; j < words.length; j++) {
    const t = tokens[at + j]!;
    // A phrase never runs across the end of a sentence or a comma.
    if (j > 0 && tokens[at + j - 1]!.breakAfter) return false;
    // Inside a phrase a root only stands in for a plural ("soccer balls"): "car parked" is not "car park".
    const forms = words.length === 1 || t.tags.has('Plural') ? formsOf(t) : [t.normal];
    if (!forms.includes(words[j]!)) return false;
  }
  return true;
}

export function matchPhrases(tokens: readonly Token[], index: PhraseIndex): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const numberSpan = t.number?.span ?? 0;
    let best = 0;
    let senses: Sense[] = [];
    for (const form of formsOf(t)) {
      // The root of a verb form ("parked" → "park") only finds verbs, not nouns spelt alike.
      const verbRoot = form === t.root && form !== t.normal && !t.tags.has('Plural');
      for (const entry of index.get(form) ?? []) {
        const n = entry.words.length;
        if (n < best || n < numberSpan || !fits(tokens, i, entry.words)) continue;
        const usable = verbRoot && n === 1 ? entry.senses.filter((s) => VERB_SENSES.has(s.cat)) : entry.senses;
        if (usable.length === 0) continue;
        if (n > best) {
          best = n;
          senses = [];
        }
        for (const s of usable) {
          if (!senses.some((x) => JSON.stringify(x) === JSON.stringify(s))) senses.push(s);
        }
      }
    }
    // A number wins over a function word that spells it ("one ball").
    if (t.number && senses.every((s) => FUNCTION_SENSES.has(s.cat))) {
      best = 0;
      senses = [];
    }
    if (best === 0 && t.number) best = t.number.span;
    if (best === 0) best = 1;
    const span = tokens.slice(i, i + best);
    const last = span[span.length - 1]!;
    const chunk: Chunk = {
      start: i,
      end: i + best,
      text: span.map((s) => s.text).join(' '),
      normal: span.map((s) => s.normal).join(' '),
      senses,
      tags: last.tags,
      firstTags: t.tags,
      breakAfter: last.breakAfter,
    };
    if (senses.length === 0 && t.number) chunk.number = { value: t.number.value, ...(t.number.unit ? { unit: t.number.unit } : {}) };
    chunks.push(chunk);
    i += best;
  }
  return chunks;
}
