/**
 * Words of a prompt with what compromise knows about them: the normalised form, the root
 * (singular noun / infinitive verb), part-of-speech tags, numbers ("three", "twenty-five",
 * "20", "3m") and where a sentence or clause ends.
 */
import nlp from 'compromise';

export interface Token {
  /** Position in the prompt's word list. */
  index: number;
  text: string;
  /** Lowercased, punctuation stripped. */
  normal: string;
  /** Singular noun or infinitive verb, when compromise derives one. */
  root?: string;
  tags: ReadonlySet<string>;
  /** Punctuation after the word that ends a sentence ('.', '!', '?', ';', ':') or a phrase (','). */
  breakAfter?: 'sentence' | 'comma';
  /** A number starting at this word, and how many words it spans. */
  number?: { value: number; span: number; unit?: string };
}

interface CompromiseTerm {
  text: string;
  normal: string;
  root?: string;
  tags: string[];
  post: string;
  index: [number, number];
}

interface CompromiseNumber {
  number?: { num: number | null; unit?: string };
  terms: { index: [number, number] }[];
}

const DIGITS = /^(\d+(?:\.\d+)?)([a-z]*)$/;

function breakOf(post: string): Token['breakAfter'] {
  if (/[.!?;:]/.test(post)) return 'sentence';
  if (/[,\u2013\u2014]|\s-\s/.test(post)) return 'comma';
  return undefined;
}

export function tokenizePrompt(prompt: string): Token[] {
  const doc = nlp(prompt);
  doc.compute('root');
  // compromise's types do not list every json() option it supports (root, index).
  const json = (view: unknown, options: unknown) => (view as { json(o: unknown): unknown }).json(options);
  const sentences = json(doc, { terms: { tags: true, root: true, normal: true, index: true } }) as { terms: CompromiseTerm[] }[];
  const tokens: Token[] = [];
  const byIndex = new Map<string, number>();
  for (const sentence of sentences) {
    const terms = sentence.terms;
    terms.forEach((t, k) => {
      const normal = (t.normal ?? '').trim();
      if (normal === '') {
        // Words compromise adds itself (the unit of "3m", the "is" of "it's") carry no text.
        const prev = tokens[tokens.length - 1];
        if (prev && /[.!?;:,]/.test(t.post ?? '')) prev.breakAfter ??= breakOf(t.post);
        return;
      }
      byIndex.set(`${t.index[0]},${t.index[1]}`, tokens.length);
      const token: Token = {
        index: tokens.length,
        text: t.text,
        normal: normal.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}':.]+$/gu, '').replace(/[.:]+$/, '') || normal,
        tags: new Set(t.tags),
        breakAfter: breakOf(t.post ?? ''),
      };
      if (t.root && t.root !== normal) token.root = t.root;
      if (k === terms.length - 1 && token.breakAfter === undefined) token.breakAfter = 'sentence';
      tokens.push(token);
    });
  }

  // Spelled-out and written numbers, as compromise reads them.
  const numbers = json(doc.numbers(), { terms: { index: true } }) as CompromiseNumber[];
  for (const n of numbers) {
    const value = n.number?.num;
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    // Only the number words themselves: compromise may take the unit too ("2 seconds").
    const positions = n.terms
      .map((t) => byIndex.get(`${t.index[0]},${t.index[1]}`))
      .filter((i): i is number => i !== undefined && tokens[i]!.tags.has('Value'));
    if (positions.length === 0) continue;
    const first = Math.min(...positions);
    let last = first;
    while (positions.includes(last + 1)) last++;
    if (tokens[first]!.tags.has('Determiner') && positions.length === 1) continue;
    // Digits are read as written ("2 seconds" is not a fraction); see below.
    if (DIGITS.test(tokens[first]!.normal.replace(/,/g, ''))) continue;
    tokens[first]!.number = { value, span: last - first + 1 };
  }
  // Digits compromise did not take as a number, and digits with a unit glued on ("3m", "10s").
  for (const t of tokens) {
    if (t.number) continue;
    const m = DIGITS.exec(t.normal.replace(/,/g, ''));
    if (m) t.number = { value: Number(m[1]), span: 1, ...(m[2] ? { unit: m[2] } : {}) };
  }
  for (const t of tokens) {
    const m = t.number && t.number.span === 1 ? DIGITS.exec(t.normal.replace(/,/g, '')) : null;
    if (m && m[2] && t.number) t.number.unit = m[2];
  }
  return tokens;
}
