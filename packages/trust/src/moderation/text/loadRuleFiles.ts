/** The built-in rules and lists, read from the JSON files beside the code. */
import { MODERATION_CATEGORIES, type ModerationCategory } from '../ModerationCategory.ts';
import { readJson } from './readJson.ts';
import type { NamedEntry, RuleFile } from './RuleFile.ts';

/** Categories with a rules file (real people and characters come from lists). */
export const RULE_CATEGORIES = ['sexual', 'sexual_minors', 'violence', 'extremism', 'self_harm', 'hate', 'dangerous'] as const satisfies readonly ModerationCategory[];

export function loadRuleFiles(): RuleFile[] {
  return RULE_CATEGORIES.map((c) => {
    const file = readJson<RuleFile>(new URL(`../rules/${c}.json`, import.meta.url));
    if (file.category !== c || !MODERATION_CATEGORIES.includes(file.category)) throw new Error(`rules/${c}.json declares category "${file.category}"`);
    return file;
  });
}

export function loadPublicFigures(): NamedEntry[] {
  return readJson<{ figures: NamedEntry[] }>(new URL('../data/publicFigures.json', import.meta.url)).figures;
}

export function loadCharacters(): NamedEntry[] {
  return readJson<{ characters: NamedEntry[] }>(new URL('../data/characters.json', import.meta.url)).characters;
}
