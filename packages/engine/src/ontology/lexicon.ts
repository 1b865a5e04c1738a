/**
 * Typed, validated access to the director's lexicon (lexicon.json): the words of each
 * language for every kind, material, colour, size, setting, time of day, weather, gravity,
 * camera framing and move, action and spatial relation, plus the language-neutral tables
 * behind them (hex colours, scale factors, direction vectors, default behaviours).
 *
 * The data is checked once when first used, so a typo in a new word list (a German section,
 * say) fails loudly with the path of the bad entry instead of quietly mapping nothing.
 */
import { z } from 'zod';
import lexiconJson from './lexicon.json' with { type: 'json' };
import { KIND_IDS, MATERIAL_IDS, SETTING_IDS } from './ontology.ts';
import {
  ACTION_TYPES, AMBIENCE_KINDS, CAMERA_MOVES, FRAMINGS, RELATIONS, SUPPORTED_SIZES, TIMES_OF_DAY, WEATHERS,
} from '../plan/scenePlanSchema.ts';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const phrase = z.string().min(1);
const vec3 = z.tuple([z.number(), z.number(), z.number()]);
const actionType = z.enum(ACTION_TYPES);

/** A word list entry: a phrase, or phrases that carry extra meaning (a puppy is a small dog). */
const wordEntry = z.union([
  phrase,
  z
    .object({
      words: z.array(phrase).min(1),
      size: z.number().positive().optional(),
      colour: hex.optional(),
      material: z.string().optional(),
      wind: z.number().min(0).optional(),
      amount: z.number().optional(),
    })
    .strict(),
]);
const wordList = z.array(wordEntry);
const phraseList = z.array(phrase);

const actionEntry = z
  .object({
    type: actionType,
    words: phraseList.min(1),
    /** What a direct object is: the thing that moves ("throws a ball") or what the action aims at ("chases a cat"). */
    object: z.enum(['patient', 'target']).optional(),
    /** What the object of the verb does in turn (a chased cat runs). */
    objectAction: actionType.optional(),
  })
  .strict();

const languageSchema = z
  .object({
    name: z.string(),
    /** 'compromise': English plurals and verb forms are derived; 'none': list every form. */
    inflection: z.enum(['compromise', 'none']),
    kinds: z.record(z.string(), wordList),
    materials: z.record(z.string(), wordList),
    colours: z.record(z.string(), phraseList),
    colourful: phraseList,
    colourShades: z.record(z.string(), phraseList),
    sizes: z.record(z.string(), phraseList),
    intensifiers: z.record(z.string(), phraseList),
    settings: z.record(z.string(), z.object({ words: phraseList, weak: phraseList.optional() }).strict()),
    timesOfDay: z.record(z.string(), phraseList),
    weathers: z.record(z.string(), wordList),
    gravity: z.record(z.string(), phraseList),
    framings: z.record(z.string(), phraseList),
    cameraMoves: z.record(z.string(), wordList),
    cameraVerbs: z.record(z.string(), phraseList),
    cameraNouns: phraseList,
    actions: z.array(actionEntry),
    relations: z.record(z.string(), phraseList),
    prepositions: z
      .object({ target: phraseList, source: phraseList, surface: phraseList, agent: phraseList, with: phraseList, of: phraseList })
      .strict(),
    directions: z.record(z.string(), phraseList),
    speeds: z.record(z.string(), phraseList),
    heights: z.array(z.object({ words: phraseList, metres: z.number().min(0) }).strict()),
    heightMarkers: z.object({ before: phraseList, after: phraseList }).strict(),
    sizeMarkers: phraseList,
    units: z.record(z.string(), phraseList),
    counts: z.record(z.string(), phraseList),
    countMultipliers: phraseList,
    time: z.object({ after: phraseList, for: phraseList, clip: phraseList }).strict(),
    canvas: z.record(z.string(), phraseList),
    clauseBreaks: phraseList,
    sequence: phraseList,
    conjunctions: phraseList,
    relativePronouns: phraseList,
    pronouns: phraseList,
    copulas: phraseList,
    definite: phraseList,
    /** Clothes: "a man in a red jacket" colours the man. */
    clothing: phraseList,
    groundWords: phraseList,
    waterWords: phraseList,
    unsupported: phraseList,
    abstractNouns: phraseList,
    stopWords: phraseList,
  })
  .strict();

const ruleCondition = z
  .object({
    kind: z.array(z.string()).optional(),
    category: z.array(z.string()).optional(),
    mobility: z.array(z.enum(['dynamic', 'character', 'static'])).optional(),
    gravity: z.literal('zero').optional(),
    inWater: z.boolean().optional(),
    indoor: z.boolean().optional(),
    isTarget: z.boolean().optional(),
    placed: z.boolean().optional(),
  })
  .strict();

export const lexiconSchema = z
  .object({
    colours: z.record(z.string(), hex),
    colourShades: z.record(z.string(), z.tuple([hex, z.number().min(0).max(1)])),
    palette: z.array(z.string()).min(1),
    materialColours: z.record(z.string(), hex),
    sizes: z.record(z.string(), z.number().positive()),
    intensifiers: z.record(z.string(), z.number().positive()),
    speeds: z.record(z.string(), z.number().positive()),
    actionSpeeds: z.record(z.string(), z.number().positive()),
    directions: z.record(z.string(), vec3),
    units: z.record(z.string(), z.object({ dimension: z.enum(['length', 'time']), factor: z.number().positive() }).strict()),
    counts: z
      .object({
        pluralDefault: z.number().int().positive(),
        pluralByKind: z.record(z.string(), z.number().int().positive()),
        max: z.number().int().positive(),
        maxCast: z.number().int().positive(),
      })
      .strict(),
    camera: z.object({ amounts: z.record(z.string(), z.number()) }).strict(),
    weather: z
      .object({
        wind: z.record(z.string(), z.number().min(0)),
        ambience: z.record(z.string(), z.array(z.tuple([z.enum(AMBIENCE_KINDS), z.number().max(0)]))),
        indoorAttenuation: z.number().min(0),
        airlessSettings: z.array(z.string()),
      })
      .strict(),
    settingHints: z
      .object({ gravity: z.record(z.string(), z.string()), kinds: z.record(z.string(), z.string()), weathers: z.record(z.string(), z.string()) })
      .strict(),
    water: z.object({ added: z.record(z.string(), z.string()), defaultSetting: z.string() }).strict(),
    defaultActions: z
      .object({
        rules: z.array(
          z
            .object({
              if: ruleCondition,
              then: z.union([actionType, z.literal('buoyancy'), z.null()]),
              members: z.enum(['all', 'first']).optional(),
              targetKind: z.string().optional(),
            })
            .strict(),
        ),
      })
      .strict(),
    adaptActions: z.record(z.string(), z.record(z.string(), actionType.nullable())),
    chainReactionKinds: z.array(z.string()),
    languages: z.record(z.string(), languageSchema),
  })
  .strict();

export type Lexicon = z.infer<typeof lexiconSchema>;
export type LanguageLexicon = z.infer<typeof languageSchema>;
export type WordEntry = z.infer<typeof wordEntry>;
export type ActionEntry = z.infer<typeof actionEntry>;
export type DefaultActionRule = Lexicon['defaultActions']['rules'][number];

/** Drop "$comment" (and any "$…") keys, which document the JSON but are not data. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('$')) out[k] = withoutComments(v);
    return out;
  }
  return value;
}

/** Words of an entry list, flattened. */
export function entryWords(entry: WordEntry): string[] {
  return typeof entry === 'string' ? [entry] : entry.words;
}

/**
 * Cross-references the schema cannot see: every concept a word list names must exist in the
 * ontology or the neutral tables. Returns readable problems (empty when the lexicon is sound).
 */
export function checkLexicon(lexicon: Lexicon): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const kinds = new Set(KIND_IDS);
  const materials = new Set(MATERIAL_IDS);
  const settings = new Set(SETTING_IDS);
  for (const c of lexicon.palette) expect(c in lexicon.colours, `palette: unknown colour "${c}"`);
  for (const m of Object.keys(lexicon.materialColours)) expect(materials.has(m), `materialColours: unknown material "${m}"`);
  for (const k of Object.keys(lexicon.counts.pluralByKind)) expect(kinds.has(k), `counts.pluralByKind: unknown kind "${k}"`);
  for (const a of Object.keys(lexicon.actionSpeeds)) expect((ACTION_TYPES as readonly string[]).includes(a), `actionSpeeds: unknown action "${a}"`);
  for (const m of Object.keys(lexicon.camera.amounts)) expect((CAMERA_MOVES as readonly string[]).includes(m), `camera.amounts: unknown move "${m}"`);
  for (const w of [...Object.keys(lexicon.weather.wind), ...Object.keys(lexicon.weather.ambience)]) {
    expect((WEATHERS as readonly string[]).includes(w), `weather: unknown weather "${w}"`);
  }
  for (const s of lexicon.weather.airlessSettings) expect(settings.has(s), `weather.airlessSettings: unknown setting "${s}"`);
  for (const [k, s] of Object.entries(lexicon.settingHints.kinds)) {
    expect(kinds.has(k), `settingHints.kinds: unknown kind "${k}"`);
    expect(settings.has(s), `settingHints.kinds.${k}: unknown setting "${s}"`);
  }
  for (const [g, s] of Object.entries(lexicon.settingHints.gravity)) expect(settings.has(s), `settingHints.gravity.${g}: unknown setting "${s}"`);
  for (const [w, s] of Object.entries(lexicon.settingHints.weathers)) {
    expect((WEATHERS as readonly string[]).includes(w), `settingHints.weathers: unknown weather "${w}"`);
    expect(settings.has(s), `settingHints.weathers.${w}: unknown setting "${s}"`);
  }
  for (const [from, to] of Object.entries(lexicon.water.added)) {
    expect(from === '*' || settings.has(from), `water.added: unknown setting "${from}"`);
    expect(settings.has(to), `water.added.${from}: unknown setting "${to}"`);
  }
  expect(settings.has(lexicon.water.defaultSetting), `water.defaultSetting: unknown setting "${lexicon.water.defaultSetting}"`);
  lexicon.defaultActions.rules.forEach((r, i) => {
    for (const k of r.if.kind ?? []) expect(kinds.has(k), `defaultActions.rules.${i}: unknown kind "${k}"`);
    if (r.targetKind !== undefined) expect(kinds.has(r.targetKind), `defaultActions.rules.${i}: unknown targetKind "${r.targetKind}"`);
  });
  for (const k of lexicon.chainReactionKinds) expect(kinds.has(k), `chainReactionKinds: unknown kind "${k}"`);

  for (const [lang, l] of Object.entries(lexicon.languages)) {
    const at = (section: string) => `languages.${lang}.${section}`;
    const checkMaterial = (m: string | undefined, where: string) => {
      if (m !== undefined) expect(materials.has(m), `${where}: unknown material "${m}"`);
    };
    for (const [k, list] of Object.entries(l.kinds)) {
      expect(kinds.has(k), `${at('kinds')}: unknown kind "${k}"`);
      for (const e of list) if (typeof e !== 'string') checkMaterial(e.material, `${at('kinds')}.${k}`);
    }
    for (const k of KIND_IDS) if (k !== 'prop') expect((l.kinds[k]?.length ?? 0) > 0, `${at('kinds')}: no words for kind "${k}"`);
    for (const m of Object.keys(l.materials)) expect(materials.has(m), `${at('materials')}: unknown material "${m}"`);
    for (const c of Object.keys(l.colours)) expect(c in lexicon.colours, `${at('colours')}: unknown colour "${c}"`);
    for (const s of Object.keys(l.colourShades)) expect(s in lexicon.colourShades, `${at('colourShades')}: unknown shade "${s}"`);
    for (const s of Object.keys(l.sizes)) expect(s in lexicon.sizes, `${at('sizes')}: unknown size "${s}"`);
    for (const s of Object.keys(l.intensifiers)) expect(s in lexicon.intensifiers, `${at('intensifiers')}: unknown intensifier "${s}"`);
    for (const s of Object.keys(l.speeds)) expect(s in lexicon.speeds, `${at('speeds')}: unknown speed "${s}"`);
    for (const s of Object.keys(l.settings)) expect(settings.has(s), `${at('settings')}: unknown setting "${s}"`);
    for (const s of SETTING_IDS) expect(s in l.settings, `${at('settings')}: no words for setting "${s}"`);
    for (const t of Object.keys(l.timesOfDay)) expect((TIMES_OF_DAY as readonly string[]).includes(t), `${at('timesOfDay')}: unknown time "${t}"`);
    for (const w of Object.keys(l.weathers)) expect((WEATHERS as readonly string[]).includes(w), `${at('weathers')}: unknown weather "${w}"`);
    for (const g of Object.keys(l.gravity)) {
      expect(['normal', 'low', 'zero'].includes(g) || Number.isFinite(Number(g)), `${at('gravity')}: "${g}" is not normal, low, zero or m/s²`);
    }
    for (const f of Object.keys(l.framings)) expect((FRAMINGS as readonly string[]).includes(f), `${at('framings')}: unknown framing "${f}"`);
    for (const m of [...Object.keys(l.cameraMoves), ...Object.keys(l.cameraVerbs)]) {
      expect((CAMERA_MOVES as readonly string[]).includes(m), `${at('cameraMoves')}: unknown move "${m}"`);
    }
    for (const r of Object.keys(l.relations)) expect((RELATIONS as readonly string[]).includes(r), `${at('relations')}: unknown relation "${r}"`);
    for (const d of Object.keys(l.directions)) expect(d in lexicon.directions, `${at('directions')}: unknown direction "${d}"`);
    for (const u of Object.keys(l.units)) expect(u in lexicon.units, `${at('units')}: unknown unit "${u}"`);
    for (const n of Object.keys(l.counts)) expect(Number.isInteger(Number(n)) && Number(n) > 0, `${at('counts')}: "${n}" is not a count`);
    for (const c of Object.keys(l.canvas)) expect((SUPPORTED_SIZES as readonly string[]).includes(c), `${at('canvas')}: unsupported size "${c}"`);
  }
  return problems;
}

let cached: Lexicon | undefined;

/** The lexicon, validated on first use. Throws with the path of the first bad entry. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const result = lexiconSchema.safeParse(withoutComments(lexiconJson));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`lexicon.json: ${issue.path.map(String).join('.')}: ${issue.message}`);
  }
  const problems = checkLexicon(result.data);
  if (problems.length > 0) throw new Error(`lexicon.json: ${problems.join('; ')}`);
  cached = result.data;
  return cached;
}

/** The words of one language ("en" today). */
export function languageLexicon(lang = 'en'): LanguageLexicon {
  const l = loadLexicon().languages[lang];
  if (!l) throw new Error(`the lexicon has no language "${lang}"`);
  return l;
}
