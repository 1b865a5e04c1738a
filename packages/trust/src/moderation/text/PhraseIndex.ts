/**
 * Word phrases to find in token sequences. A phrase is words separated by spaces, folded like
 * the text ("Mädchen" → "madchen"); a word ending in `*` matches any word starting with it
 * ("vergewaltig*"), one starting with `*` any word ending with it ("*porno", for compounds).
 * Words match whole tokens only, and a stretched token ("kiiiill") matches its word ("kill").
 */
import { foldText, hasStretch, squeeze } from './normaliseText.ts';

type WordPattern = { kind: 'exact' | 'prefix' | 'suffix'; text: string; squeezed: string };

interface Entry<T> {
  words: WordPattern[];
  phrase: string;
  payload: T;
}

export interface PhraseHit<T> {
  start: number;
  /** Exclusive. */
  end: number;
  phrase: string;
  payload: T;
}

/** Fold a phrase the way texts are folded and split it into word patterns (empty if nothing is left). */
export function parsePhrase(phrase: string): WordPattern[] {
  const words = foldText(phrase)
    .split(/[^a-z0-9*]+/)
    .filter((w) => w.replace(/\*/g, '').length > 0);
  return words.map((w) => {
    if (w.endsWith('*') && !w.startsWith('*')) return { kind: 'prefix', text: w.slice(0, -1), squeezed: squeeze(w.slice(0, -1)) };
    if (w.startsWith('*') && !w.endsWith('*')) return { kind: 'suffix', text: w.slice(1), squeezed: squeeze(w.slice(1)) };
    const text = w.replace(/\*/g, '');
    return { kind: 'exact', text, squeezed: squeeze(text) };
  });
}

/** A token with hidden letters ("tr?mp") against a word: same letters where the token shows them. */
function hiddenMatches(token: string, word: string, whole: boolean): boolean {
  if (whole ? token.length !== word.length : token.length < word.length) return false;
  for (let i = 0; i < word.length; i++) if (token[i] !== '?' && token[i] !== word[i]) return false;
  return true;
}

function wordMatches(token: string, p: WordPattern): boolean {
  if (token.length === 0) return false;
  if (token.includes('?')) return p.kind === 'exact' ? hiddenMatches(token, p.text, true) : p.kind === 'prefix' ? hiddenMatches(token, p.text, false) : false;
  switch (p.kind) {
    case 'exact':
      return token === p.text || (hasStretch(token) && squeeze(token) === p.squeezed);
    case 'prefix':
      return token.startsWith(p.text) || (hasStretch(token) && squeeze(token).startsWith(p.squeezed));
    case 'suffix':
      return token.endsWith(p.text) || (hasStretch(token) && squeeze(token).endsWith(p.squeezed));
  }
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly bySqueezedFirst = new Map<string, Entry<T>[]>();
  private readonly affixFirst: Entry<T>[] = [];
  private readonly all: Entry<T>[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(phrase: string, payload: T): void {
    const words = parsePhrase(phrase);
    if (words.length === 0) return;
    const entry: Entry<T> = { words, phrase, payload };
    const first = words[0]!;
    if (first.kind === 'exact') {
      push(this.byFirst, first.text, entry);
      push(this.bySqueezedFirst, first.squeezed, entry);
    } else {
      this.affixFirst.push(entry);
    }
    this.all.push(entry);
    this.count++;
  }

  /** Every phrase occurrence in the tokens (overlaps included), in order of position. */
  findAll(tokens: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.length === 0) continue;
      const candidates = new Set<Entry<T>>(token.includes('?') ? this.all : (this.byFirst.get(token) ?? []));
      if (hasStretch(token)) for (const e of this.bySqueezedFirst.get(squeeze(token)) ?? []) candidates.add(e);
      for (const e of this.affixFirst) candidates.add(e);
      for (const e of candidates) {
        if (i + e.words.length > tokens.length) continue;
        let ok = true;
        for (let j = 0; j < e.words.length && ok; j++) ok = wordMatches(tokens[i + j]!, e.words[j]!);
        if (ok) hits.push({ start: i, end: i + e.words.length, phrase: e.phrase, payload: e.payload });
      }
    }
    return hits;
  }

  /** Whether any phrase occurs. */
  test(tokens: readonly string[]): boolean {
    return this.findAll(tokens).length > 0;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
