/**
 * A private person named in a text: a possessive, a word for a human relationship and a
 * personal name ("my neighbour Jan Müller", "meine Nachbarin Petra", "mon voisin Jean",
 * "mi vecino Juan"). Returns the matched words, or undefined. Pure.
 */
import { foldText } from './normaliseText.ts';
import { PhraseIndex } from './PhraseIndex.ts';
import { readJson } from './readJson.ts';

interface PrivatePersonData {
  possessives: Record<string, string[]>;
  relations: Record<string, string[]>;
  namedBy: string[];
  firstNames: string[];
  ambiguousFirstNames: string[];
  notNames: string[];
}

export interface PrivatePersonMatch {
  language: string;
  matched: string;
}

const DATA = readJson<PrivatePersonData>(new URL('../data/privatePersons.json', import.meta.url));

interface Compiled {
  /** "my neighbour" as one phrase per (possessive, relation) is too many; possessive → language, relation phrases by language. */
  possessives: Map<string, string[]>;
  relations: PhraseIndex<string>;
  namedBy: Set<string>;
  firstNames: Set<string>;
  notNames: Set<string>;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  const possessives = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(DATA.possessives)) {
    for (const w of words) possessives.set(foldText(w), [...(possessives.get(foldText(w)) ?? []), lang]);
  }
  const relations = new PhraseIndex<string>();
  for (const [lang, words] of Object.entries(DATA.relations)) for (const w of words) relations.add(w, lang);
  const ambiguous = new Set(DATA.ambiguousFirstNames.map(foldText));
  return {
    possessives,
    relations,
    namedBy: new Set(DATA.namedBy.map(foldText)),
    firstNames: new Set(DATA.firstNames.map(foldText).filter((n) => !ambiguous.has(n))),
    notNames: new Set([...DATA.notNames, ...Object.values(DATA.possessives).flat(), ...Object.values(DATA.relations).flat()].map(foldText)),
  };
}

/** Words with their case kept (diacritics stripped), and their folded form. */
function casedWords(text: string): { cased: string[]; folded: string[] } {
  const cased = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return { cased, folded: cased.map((w) => foldText(w)) };
}

function looksLikeName(word: string, folded: string, c: Compiled, shouting: boolean): boolean {
  if (c.notNames.has(folded) || folded.length < 2 || /\d/.test(folded)) return false;
  if (c.firstNames.has(folded)) return true;
  const first = word[0]!;
  const capitalised = first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
  return capitalised && !shouting;
}

export function findPrivatePerson(text: string): PrivatePersonMatch | undefined {
  compiled ??= compile();
  const c = compiled;
  const { cased, folded } = casedWords(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 8 && letters === letters.toUpperCase();
  for (const hit of c.relations.findAll(folded)) {
    const possessiveLangs = hit.start > 0 ? c.possessives.get(folded[hit.start - 1]!) : undefined;
    if (!possessiveLangs?.includes(hit.payload)) continue;
    let k = hit.end;
    if (k < folded.length && c.namedBy.has(folded[k]!)) k++;
    if (k >= cased.length) continue;
    if (looksLikeName(cased[k]!, folded[k]!, c, shouting)) {
      return { language: hit.payload, matched: `${folded[hit.start - 1]} ${hit.phrase} <name>` };
    }
  }
  return undefined;
}
