/**
 * What an operator can change: more people, characters and terms to refuse, names and phrases
 * to allow, categories to switch off, and the image thresholds. Given as options or as a JSON
 * file (the server and CLI read the path from KLAPPE_MODERATION_CONFIG); see docs/trust.md.
 */
import { readFileSync } from 'node:fs';
import { isModerationCategory, MODERATION_CATEGORIES, type ModerationCategory } from './ModerationCategory.ts';
import type { NamedEntry } from './text/RuleFile.ts';

export interface ImageThresholds {
  /** Refuse when the classifier's "Porn" probability reaches this (default 0.5). */
  porn: number;
  /** ... its "Hentai" (drawn sexual content) probability (default 0.5). */
  hentai: number;
  /** ... its "Sexy" (suggestive) probability (default 0.8). */
  sexy: number;
}

export const DEFAULT_IMAGE_THRESHOLDS: Readonly<ImageThresholds> = Object.freeze({ porn: 0.5, hentai: 0.5, sexy: 0.8 });

export interface ModerationConfig {
  /** More real people to refuse: "Jane Example" or { "name": "Jane Example", "also": ["j. example"] }. */
  publicFigures?: (string | NamedEntry)[];
  /** More copyrighted characters to refuse. */
  characters?: (string | NamedEntry)[];
  /** People or characters that may be named after all (any listed form of the name), e.g. someone who consented. */
  allowNames?: string[];
  /** More words or phrases to refuse, per category. */
  terms?: Partial<Record<ModerationCategory, string[]>>;
  /** More near-miss phrases whose words never refuse. */
  allowPhrases?: string[];
  /** Categories not checked at all (e.g. "copyright" for a licensee). */
  disabledCategories?: ModerationCategory[];
  /** Image classifier thresholds (0..1). */
  image?: Partial<ImageThresholds>;
}

export class ModerationConfigError extends Error {
  override name = 'ModerationConfigError';
}

const KEYS = new Set(['publicFigures', 'characters', 'allowNames', 'terms', 'allowPhrases', 'disabledCategories', 'image', '$schema', '_about']);

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) throw new ModerationConfigError(`${where} must be a list of non-empty strings`);
  return value as string[];
}

function entryList(value: unknown, where: string): (string | NamedEntry)[] {
  if (!Array.isArray(value)) throw new ModerationConfigError(`${where} must be a list`);
  return value.map((v, i) => {
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (v && typeof v === 'object' && typeof (v as NamedEntry).name === 'string') {
      const e = v as NamedEntry;
      if (e.also !== undefined) stringList(e.also, `${where}[${i}].also`);
      return e;
    }
    throw new ModerationConfigError(`${where}[${i}] must be a name or { "name": ..., "also": [...] }`);
  });
}

/** Check a parsed config object; errors name the field. */
export function parseModerationConfig(value: unknown, source = 'moderation config'): ModerationConfig {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ModerationConfigError(`${source} must be a JSON object`);
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!KEYS.has(key)) throw new ModerationConfigError(`${source}: unknown field "${key}"`);
  const config: ModerationConfig = {};
  if (raw.publicFigures !== undefined) config.publicFigures = entryList(raw.publicFigures, `${source}: publicFigures`);
  if (raw.characters !== undefined) config.characters = entryList(raw.characters, `${source}: characters`);
  if (raw.allowNames !== undefined) config.allowNames = stringList(raw.allowNames, `${source}: allowNames`);
  if (raw.allowPhrases !== undefined) config.allowPhrases = stringList(raw.allowPhrases, `${source}: allowPhrases`);
  if (raw.disabledCategories !== undefined) {
    const list = stringList(raw.disabledCategories, `${source}: disabledCategories`);
    const bad = list.find((c) => !isModerationCategory(c));
    if (bad) throw new ModerationConfigError(`${source}: disabledCategories: "${bad}" is not one of ${MODERATION_CATEGORIES.join(', ')}`);
    config.disabledCategories = list as ModerationCategory[];
  }
  if (raw.terms !== undefined) {
    if (!raw.terms || typeof raw.terms !== 'object' || Array.isArray(raw.terms)) throw new ModerationConfigError(`${source}: terms must be an object of category → list of terms`);
    const terms: Partial<Record<ModerationCategory, string[]>> = {};
    for (const [category, list] of Object.entries(raw.terms)) {
      if (!isModerationCategory(category)) throw new ModerationConfigError(`${source}: terms: "${category}" is not one of ${MODERATION_CATEGORIES.join(', ')}`);
      terms[category] = stringList(list, `${source}: terms.${category}`);
    }
    config.terms = terms;
  }
  if (raw.image !== undefined) {
    if (!raw.image || typeof raw.image !== 'object' || Array.isArray(raw.image)) throw new ModerationConfigError(`${source}: image must be an object`);
    const image: Partial<ImageThresholds> = {};
    for (const [k, v] of Object.entries(raw.image)) {
      if (k !== 'porn' && k !== 'hentai' && k !== 'sexy') throw new ModerationConfigError(`${source}: image: unknown threshold "${k}" (porn, hentai, sexy)`);
      if (typeof v !== 'number' || !(v > 0 && v <= 1)) throw new ModerationConfigError(`${source}: image.${k} must be a number above 0 and at most 1`);
      image[k] = v;
    }
    config.image = image;
  }
  return config;
}

/** Read a config file; a missing or invalid file is an error naming the path. */
export function loadModerationConfig(path: string): ModerationConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ModerationConfigError(`cannot read moderation config ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ModerationConfigError(`moderation config ${path} is not valid JSON: ${(err as Error).message}`);
  }
  return parseModerationConfig(json, path);
}

/** The config named by KLAPPE_MODERATION_CONFIG, or none. */
export function moderationConfigFromEnv(env: Record<string, string | undefined> = process.env): ModerationConfig {
  const path = env.KLAPPE_MODERATION_CONFIG?.trim();
  return path ? loadModerationConfig(path) : {};
}
