/** The shape of a rules/<category>.json file. */
import type { ModerationCategory } from '../ModerationCategory.ts';

export interface NearRule {
  /** A word or phrase from `a` ... */
  a: string[];
  /** ... and one from `b`, at most `window` words apart (either order). */
  b: string[];
  window: number;
  /** Any of these anywhere in the text cancels the rule (a photo shoot, a snowball fight). */
  unless?: string[];
}

export interface LanguageRules {
  /** Words and phrases that refuse on their own. `word*` matches words starting so, `*word` words ending so. */
  terms: string[];
  near?: NearRule[];
  /** Near-misses: phrases whose words are never read as a term of any category ("naked mole rat"). */
  allow?: string[];
  /** sexual_minors only: words for minors; a sexual match in a text naming one is reported as sexual_minors. */
  minors?: string[];
}

export interface RuleFile {
  category: ModerationCategory;
  languages: Record<string, LanguageRules>;
}

/** A person or character list entry (data/publicFigures.json, data/characters.json, or the config). */
export interface NamedEntry {
  name: string;
  also?: string[];
  /** false: only the `also` forms are matched (the name alone is an ordinary word). */
  matchName?: boolean;
}
