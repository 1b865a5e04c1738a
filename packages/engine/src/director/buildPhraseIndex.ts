/**
 * Every phrase of one language's lexicon, split into words and indexed by its first word,
 * with the senses it carries. For English, compromise adds the plural of every noun phrase
 * ("soccer balls", "beaches") and every form of every verb phrase ("knocked over", "falling",
 * "flew"), so the lexicon lists base forms only.
 */
import nlp from 'compromise';
import type { ActionType, TimeOfDay, Weather } from '../plan/scenePlanSchema.ts';
import { entryWords, languageLexicon, loadLexicon, type WordEntry } from '../ontology/lexicon.ts';
import type { CameraMoveType, Framing, GravitySetting, PrepRole, Relation, Sense } from './Sense.ts';

export interface PhraseEntry {
  words: readonly string[];
  senses: Sense[];
}

export type PhraseIndex = ReadonlyMap<string, readonly PhraseEntry[]>;

type Inflect = 'noun' | 'verb' | 'none';

interface CompromiseTransforms {
  methods: {
    two: {
      transform: {
        noun: { toPlural(s: string, model: unknown): string };
        verb: { conjugate(s: string, model: unknown): Record<string, string> };
      };
    };
  };
  model: unknown;
}

export function splitPhrase(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s\-\u2010-\u2015]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

const cache = new Map<string, PhraseIndex>();

export function buildPhraseIndex(lang = 'en'): PhraseIndex {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lexicon = loadLexicon();
  const l = languageLexicon(lang);
  const world = (nlp as unknown as { world(): CompromiseTransforms }).world();
  const transforms = world.methods.two.transform;
  const inflecting = l.inflection === 'compromise';

  const entries = new Map<string, PhraseEntry>();
  const addOne = (phrase: string, sense: Sense) => {
    const words = splitPhrase(phrase);
    if (words.length === 0) return;
    const key = words.join(' ');
    let entry = entries.get(key);
    if (!entry) {
      entry = { words, senses: [] };
      entries.set(key, entry);
    }
    const id = JSON.stringify(sense);
    if (!entry.senses.some((s) => JSON.stringify(s) === id)) entry.senses.push(sense);
  };
  const add = (phrase: string, sense: Sense, inflect: Inflect = 'none') => {
    addOne(phrase, sense);
    if (!inflecting || inflect === 'none' || /\d/.test(phrase)) return;
    if (inflect === 'noun') {
      const plural = transforms.noun.toPlural(phrase, world.model);
      if (plural && plural !== phrase) addOne(plural, sense);
    } else {
      const forms = transforms.verb.conjugate(phrase, world.model);
      for (const [tense, form] of Object.entries(forms)) {
        if (tense !== 'FutureTense' && form && form !== phrase) addOne(form, sense);
      }
    }
  };
  const addList = (list: readonly string[], sense: Sense, inflect: Inflect = 'none') => {
    for (const p of list) add(p, sense, inflect);
  };

  for (const [kind, list] of Object.entries(l.kinds)) {
    for (const entry of list as WordEntry[]) {
      const extra: { size?: number; colour?: string; material?: string } = typeof entry === 'string' ? {} : entry;
      const sense: Sense = {
        cat: 'kind',
        kind,
        ...(extra.size !== undefined ? { size: extra.size } : {}),
        ...(extra.colour !== undefined ? { colour: extra.colour } : {}),
        ...(extra.material !== undefined ? { material: extra.material } : {}),
      };
      addList(entryWords(entry), sense, 'noun');
    }
  }
  for (const [material, list] of Object.entries(l.materials)) {
    for (const entry of list) addList(entryWords(entry), { cat: 'material', material });
  }
  for (const [colour, list] of Object.entries(l.colours)) addList(list, { cat: 'colour', hex: lexicon.colours[colour]! });
  addList(l.colourful, { cat: 'colourful' });
  for (const [shade, list] of Object.entries(l.colourShades)) {
    const [mix, amount] = lexicon.colourShades[shade]!;
    addList(list, { cat: 'shade', mix, amount });
  }
  for (const [size, list] of Object.entries(l.sizes)) addList(list, { cat: 'size', scale: lexicon.sizes[size]! });
  for (const [name, list] of Object.entries(l.intensifiers)) addList(list, { cat: 'intensifier', exponent: lexicon.intensifiers[name]! });
  for (const [setting, s] of Object.entries(l.settings)) {
    addList(s.words, { cat: 'setting', setting, weak: false }, 'noun');
    addList(s.weak ?? [], { cat: 'setting', setting, weak: true });
  }
  for (const [time, list] of Object.entries(l.timesOfDay)) addList(list, { cat: 'time', time: time as TimeOfDay });
  for (const [weather, list] of Object.entries(l.weathers)) {
    for (const entry of list) {
      const wind = typeof entry === 'string' ? undefined : entry.wind;
      addList(entryWords(entry), { cat: 'weather', weather: weather as Weather, ...(wind !== undefined ? { wind } : {}) });
    }
  }
  for (const [g, list] of Object.entries(l.gravity)) {
    const gravity: GravitySetting = g === 'normal' || g === 'low' || g === 'zero' ? g : Number(g);
    addList(list, { cat: 'gravity', gravity });
  }
  for (const [framing, list] of Object.entries(l.framings)) addList(list, { cat: 'framing', framing: framing as Framing });
  for (const [move, list] of Object.entries(l.cameraMoves)) {
    for (const entry of list) {
      const amount = typeof entry === 'string' ? undefined : entry.amount;
      addList(entryWords(entry), { cat: 'move', move: move as CameraMoveType, ...(amount !== undefined ? { amount } : {}) }, 'verb');
    }
  }
  for (const [move, list] of Object.entries(l.cameraVerbs)) addList(list, { cat: 'cameraVerb', move: move as CameraMoveType }, 'verb');
  addList(l.cameraNouns, { cat: 'cameraNoun' }, 'noun');
  for (const a of l.actions) {
    const sense: Sense = {
      cat: 'action',
      type: a.type as ActionType,
      object: a.object ?? 'none',
      ...(a.objectAction ? { objectAction: a.objectAction as ActionType } : {}),
    };
    addList(a.words, sense, 'verb');
  }
  for (const [relation, list] of Object.entries(l.relations)) addList(list, { cat: 'relation', relation: relation as Relation });
  for (const [role, list] of Object.entries(l.prepositions)) {
    addList(list, { cat: 'prep', role: role as PrepRole });
  }
  for (const [name, list] of Object.entries(l.directions)) addList(list, { cat: 'direction', name, vector: lexicon.directions[name]! });
  for (const [name, list] of Object.entries(l.speeds)) addList(list, { cat: 'speed', factor: lexicon.speeds[name]! });
  for (const h of l.heights) addList(h.words, { cat: 'height', metres: h.metres });
  addList(l.heightMarkers.before, { cat: 'heightBefore' });
  addList(l.heightMarkers.after, { cat: 'heightAfter' });
  addList(l.sizeMarkers, { cat: 'sizeMarker' });
  for (const [unit, list] of Object.entries(l.units)) {
    const u = lexicon.units[unit]!;
    addList(list, { cat: 'unit', dimension: u.dimension, factor: u.factor });
  }
  for (const [n, list] of Object.entries(l.counts)) addList(list, { cat: 'count', count: Number(n), multiplier: false });
  addList(l.countMultipliers, { cat: 'count', count: 12, multiplier: true });
  addList(l.time.after, { cat: 'timeAfter' });
  addList(l.time.for, { cat: 'timeFor' });
  addList(l.time.clip, { cat: 'clipWord' });
  for (const [size, list] of Object.entries(l.canvas)) {
    const [width, height] = size.split('x').map(Number) as [number, number];
    addList(list, { cat: 'canvas', width, height });
  }
  addList(l.clauseBreaks, { cat: 'clauseBreak' });
  addList(l.sequence, { cat: 'sequence' });
  addList(l.conjunctions, { cat: 'and' });
  addList(l.relativePronouns, { cat: 'relative' });
  addList(l.pronouns, { cat: 'pronoun' });
  addList(l.copulas, { cat: 'copula' });
  addList(l.definite, { cat: 'definite' });
  addList(l.clothing, { cat: 'clothing' }, 'noun');
  addList(l.groundWords, { cat: 'ground' });
  addList(l.waterWords, { cat: 'water' });
  addList(l.unsupported, { cat: 'unsupported' });
  addList(l.abstractNouns, { cat: 'abstract' }, 'noun');
  addList(l.stopWords, { cat: 'stop' });

  const index = new Map<string, PhraseEntry[]>();
  for (const entry of entries.values()) {
    const first = entry.words[0]!;
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  // Longest phrases first, so matching can stop at the first fit.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  cache.set(lang, index);
  return index;
}
