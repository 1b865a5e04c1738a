/**
 * Text → token sequences ("views") that rules are matched against. Each view is one reading of
 * the text: as written (diacritics stripped, case-folded, lookalike letters from other scripts
 * and fullwidth forms mapped to Latin), with leetspeak undone inside words that mix letters
 * and digits or symbols, and with s p a c e d or s.e.p.a.r.a.t.e.d letters joined. Tokens are
 * whole words, so rules match on word boundaries ("Scunthorpe" is one token). Pure.
 */
import { readJson } from './readJson.ts';

const HOMOGLYPHS = readJson<{ map: Record<string, string> }>(new URL('../data/homoglyphs.json', import.meta.url)).map;
const LEET = readJson<{ map: Record<string, string>; alternatives: Record<string, string> }>(new URL('../data/leetspeak.json', import.meta.url));

export interface NormalisedText {
  /** Distinct readings of the text as word tokens (the first is the plain reading). */
  views: string[][];
}

const COMBINING = /\p{M}+/gu;
const LEET_CHARS = new Set(Object.keys(LEET.map));
/** Punctuation that may surround a word without being part of it. */
const EDGE_PUNCT = /^[.,;:?!()"'«»¿¡…\-–—_*~\[\]{}]+|[.,;:?!()"'«»¿¡…\-–—_*~\[\]{}]+$/g;
/** A number with a unit or an ordinal ("4k", "30fps", "2nd", "1080p", "90s"): not leetspeak. */
const NUMBER_WITH_UNIT = /^\d+([a-z]{1,3}|fps)$|^[a-z]\d{1,2}$/;

/** NFKD, strip diacritics, case-fold, map lookalike letters. Keeps spaces and punctuation. */
export function foldText(text: string): string {
  const decomposed = text.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  let out = '';
  for (const ch of decomposed) out += HOMOGLYPHS[ch] ?? ch;
  // Mapping may have produced decomposable letters again (rare); strip once more.
  return out.normalize('NFKD').replace(COMBINING, '');
}

/** Collapse every run of the same letter to one ("kiiill" → "kil"); used to compare stretched words. */
export function squeeze(token: string): string {
  return token.replace(/(.)\1+/g, '$1');
}

/** True when a token stretches a letter three or more times ("pooorn"). */
export function hasStretch(token: string): boolean {
  return /(.)\1\1/.test(token);
}

function splitWords(chunk: string): string[] {
  return chunk.split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

/** A letter hidden behind `*` inside a word ("tr*mp", "f**k") becomes `?`, which matches any one letter. */
const HIDDEN_LETTER = /(?<=[a-z0-9])\*+(?=[a-z0-9])/g;

function splitWordsWithHidden(chunk: string): string[] {
  return chunk
    .replace(HIDDEN_LETTER, (stars) => '?'.repeat(stars.length))
    .split(/[^a-z0-9?]+/)
    .filter((t) => t.length > 0);
}

function isLeetWord(core: string): boolean {
  if (core.length < 2 || NUMBER_WITH_UNIT.test(core)) return false;
  let letters = 0;
  let leet = 0;
  for (const ch of core) {
    if (ch >= 'a' && ch <= 'z') letters++;
    else if (LEET_CHARS.has(ch)) leet++;
  }
  return letters > 0 && leet > 0;
}

function unLeet(core: string, alternative: boolean): string {
  let out = '';
  for (const ch of core) out += (alternative ? LEET.alternatives[ch] : undefined) ?? LEET.map[ch] ?? ch;
  return out;
}

/** Tokens, and where a wider gap (two or more spaces) separates words: "h e i l  h i t l e r". */
interface TokenRow {
  tokens: string[];
  wideGapBefore: boolean[];
}

/** Join runs of three or more one-letter tokens: "s e x" / "s.e.x" → "sex"; a wide gap ends a run. */
function joinSpacedLetters(row: TokenRow): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) out.push(run.join(''));
    else out.push(...run);
    run = [];
  };
  row.tokens.forEach((t, i) => {
    if (row.wideGapBefore[i]) flush();
    if (t.length === 1 && t >= 'a' && t <= 'z') run.push(t);
    else {
      flush();
      out.push(t);
    }
  });
  flush();
  return out;
}

function pushWords(row: TokenRow, words: string[], wide: boolean): void {
  words.forEach((w, i) => {
    row.tokens.push(w);
    row.wideGapBefore.push(wide && i === 0);
  });
}

export function normaliseText(text: string): NormalisedText {
  const folded = foldText(text);
  const plain: TokenRow = { tokens: [], wideGapBefore: [] };
  const leetA: TokenRow = { tokens: [], wideGapBefore: [] };
  const leetB: TokenRow = { tokens: [], wideGapBefore: [] };
  let anyLeet = false;
  let end = 0;
  for (const m of folded.matchAll(/\S+/g)) {
    const chunk = m[0];
    const wide = m.index - end >= 2;
    end = m.index + chunk.length;
    const words = splitWords(chunk);
    pushWords(plain, words, wide);
    const core = chunk.replace(EDGE_PUNCT, '');
    if (isLeetWord(core)) {
      anyLeet = true;
      pushWords(leetA, splitWordsWithHidden(unLeet(core, false)), wide);
      pushWords(leetB, splitWordsWithHidden(unLeet(core, true)), wide);
    } else if (HIDDEN_LETTER.test(core)) {
      anyLeet = true;
      const hidden = splitWordsWithHidden(core);
      pushWords(leetA, hidden, wide);
      pushWords(leetB, hidden, wide);
    } else {
      pushWords(leetA, words, wide);
      pushWords(leetB, words, wide);
    }
    HIDDEN_LETTER.lastIndex = 0;
  }
  const candidates = [plain.tokens, joinSpacedLetters(plain)];
  if (anyLeet) candidates.push(leetA.tokens, joinSpacedLetters(leetA), leetB.tokens, joinSpacedLetters(leetB));
  const seen = new Set<string>();
  const views: string[][] = [];
  for (const v of candidates) {
    const key = v.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    views.push(v);
  }
  return { views };
}
