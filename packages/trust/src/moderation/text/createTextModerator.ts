/**
 * The text moderator: every rule file, the public-figure and character lists and the config,
 * compiled once into phrase indexes; `moderate(text)` is then a pure function of the text.
 * Several readings of the text are checked (as written, leetspeak undone, spaced letters
 * joined); allow-list phrases hide their words first, so near-misses never match.
 */
import { severityOf, type ModerationCategory } from '../ModerationCategory.ts';
import type { ModerationConfig } from '../ModerationConfig.ts';
import { ALLOWED, type ModerationResult } from '../ModerationResult.ts';
import { findPrivatePerson } from './findPrivatePerson.ts';
import { guessLanguage } from './guessLanguage.ts';
import { loadCharacters, loadPublicFigures, loadRuleFiles } from './loadRuleFiles.ts';
import { foldText, normaliseText } from './normaliseText.ts';
import { PhraseIndex } from './PhraseIndex.ts';
import { readJson } from './readJson.ts';
import type { NamedEntry } from './RuleFile.ts';

export interface TextModerator {
  moderate(text: string): ModerationResult;
  /** How much was compiled (for logs and tests). */
  readonly stats: { terms: number; nearRules: number; allowPhrases: number; publicFigures: number; characters: number };
}

interface Found {
  category: ModerationCategory;
  language?: string;
  matched: string;
}

interface CompiledNear {
  category: ModerationCategory;
  language: string;
  window: number;
  unless?: PhraseIndex<null>;
}

/** Folded forms of every way an entry is written. */
function formsOf(entry: NamedEntry): string[] {
  const forms = [...(entry.matchName === false ? [] : [entry.name]), ...(entry.also ?? [])];
  return forms.map((f) => foldText(f).replace(/[^a-z0-9*]+/g, ' ').trim()).filter((f) => f.length > 0);
}

function toEntry(e: string | NamedEntry): NamedEntry {
  return typeof e === 'string' ? { name: e } : e;
}

export function createTextModerator(config: ModerationConfig = {}): TextModerator {
  const disabled = new Set(config.disabledCategories ?? []);
  const allow = new PhraseIndex<null>();
  const terms = new PhraseIndex<{ category: ModerationCategory; language?: string }>();
  const near = new PhraseIndex<{ rule: number; side: 'a' | 'b' }>();
  const nearRules: CompiledNear[] = [];
  const minors = new PhraseIndex<string>();
  const names = new PhraseIndex<{ category: ModerationCategory; name: string }>();

  for (const file of loadRuleFiles()) {
    for (const [language, rules] of Object.entries(file.languages)) {
      for (const t of rules.terms) terms.add(t, { category: file.category, language });
      for (const p of rules.allow ?? []) allow.add(p, null);
      for (const m of rules.minors ?? []) minors.add(m, language);
      for (const r of rules.near ?? []) {
        const rule = nearRules.length;
        let unless: PhraseIndex<null> | undefined;
        if (r.unless && r.unless.length > 0) {
          unless = new PhraseIndex<null>();
          for (const u of r.unless) unless.add(u, null);
        }
        nearRules.push({ category: file.category, language, window: r.window, ...(unless ? { unless } : {}) });
        for (const a of r.a) near.add(a, { rule, side: 'a' });
        for (const b of r.b) near.add(b, { rule, side: 'b' });
      }
    }
  }
  for (const [category, list] of Object.entries(config.terms ?? {})) for (const t of list ?? []) terms.add(t, { category: category as ModerationCategory });
  for (const p of config.allowPhrases ?? []) allow.add(p, null);

  const allowedNames = new Set((config.allowNames ?? []).map((n) => foldText(n).replace(/[^a-z0-9]+/g, ' ').trim()));
  let figureCount = 0;
  let characterCount = 0;
  const addNames = (entries: NamedEntry[], category: ModerationCategory): number => {
    let n = 0;
    for (const entry of entries) {
      const forms = formsOf(entry);
      if (forms.some((f) => allowedNames.has(f)) || allowedNames.has(foldText(entry.name).replace(/[^a-z0-9]+/g, ' ').trim())) continue;
      for (const f of forms) names.add(f, { category, name: entry.name });
      n++;
    }
    return n;
  };
  const figureData = readJson<{ allow?: string[] }>(new URL('../data/publicFigures.json', import.meta.url));
  const characterData = readJson<{ allow?: string[] }>(new URL('../data/characters.json', import.meta.url));
  for (const p of [...(figureData.allow ?? []), ...(characterData.allow ?? [])]) allow.add(p, null);
  figureCount = addNames([...loadPublicFigures(), ...(config.publicFigures ?? []).map(toEntry)], 'real_person');
  characterCount = addNames([...loadCharacters(), ...(config.characters ?? []).map(toEntry)], 'copyright');

  const mask = (tokens: string[]): string[] => {
    const hits = allow.findAll(tokens);
    if (hits.length === 0) return tokens;
    const out = tokens.slice();
    for (const h of hits) for (let i = h.start; i < h.end; i++) out[i] = '';
    return out;
  };

  function moderate(text: string): ModerationResult {
    if (text.trim() === '') return ALLOWED;
    const { views } = normaliseText(text);
    let best: Found | undefined;
    let sexual: Found | undefined;
    const consider = (f: Found) => {
      if (f.category === 'sexual' && !sexual) sexual = f;
      if (disabled.has(f.category)) return;
      if (!best || severityOf(f.category) < severityOf(best.category)) best = f;
    };
    const masked = views.map(mask);
    views.forEach((raw, v) => {
      const view = masked[v]!;
      for (const h of terms.findAll(view)) consider({ category: h.payload.category, ...(h.payload.language ? { language: h.payload.language } : {}), matched: h.phrase });
      for (const h of names.findAll(view)) consider({ category: h.payload.category, matched: h.payload.name });
      const byRule = new Map<number, { a: { start: number; end: number; phrase: string }[]; b: { start: number; end: number; phrase: string }[] }>();
      for (const h of near.findAll(view)) {
        let sides = byRule.get(h.payload.rule);
        if (!sides) byRule.set(h.payload.rule, (sides = { a: [], b: [] }));
        sides[h.payload.side].push(h);
      }
      for (const [ruleIndex, sides] of byRule) {
        const rule = nearRules[ruleIndex]!;
        if (sides.a.length === 0 || sides.b.length === 0) continue;
        let pair: string | undefined;
        for (const a of sides.a) {
          for (const b of sides.b) {
            const gap = a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : -1;
            if (gap >= 0 && gap <= rule.window) {
              pair = `${a.phrase} … ${b.phrase}`;
              break;
            }
          }
          if (pair) break;
        }
        if (!pair || rule.unless?.test(raw)) continue;
        consider({ category: rule.category, language: rule.language, matched: pair });
      }
    });
    if (sexual && !disabled.has('sexual_minors')) {
      const minor = masked.map((v) => minors.findAll(v)[0]).find((h) => h !== undefined);
      if (minor) consider({ category: 'sexual_minors', language: minor.payload, matched: `${sexual.matched} + ${minor.phrase}` });
    }
    if (!disabled.has('real_person') && (!best || severityOf(best.category) > severityOf('real_person'))) {
      const person = findPrivatePerson(text);
      if (person) consider({ category: 'real_person', language: person.language, matched: person.matched });
    }
    if (!best) return ALLOWED;
    const found: Found = best;
    const language = found.language ?? guessLanguage(views[0]!);
    return { allowed: false, category: found.category, ...(language ? { language } : {}), matched: found.matched };
  }

  return {
    moderate,
    stats: { terms: terms.size, nearRules: nearRules.length, allowPhrases: allow.size, publicFigures: figureCount, characters: characterCount },
  };
}
