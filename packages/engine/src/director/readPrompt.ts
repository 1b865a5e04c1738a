/**
 * Reads a prompt into a PromptReading: which things are in the scene (noun phrases with
 * their counts, colours, materials and sizes), what each does (verbs bound to their
 * subjects and objects), where things are (spatial relations), and the setting, light,
 * weather, gravity and camera.
 *
 * compromise tokenises and tags the words; the lexicon names what they mean; this reader is
 * a small left-to-right grammar over the matched phrases:
 *
 *   clause  := subject-NPs (verb [object-NPs] [PPs] [adverbs])*
 *   NP      := [determiner] [count] (size | colour | material | adjective)* noun+
 *
 * Clauses end at "while", "as", "then", sentence punctuation, or "and"/"," followed by a new
 * subject and verb. A verb without a subject takes the previous clause's subject, or the
 * prompt's main subject. Words it cannot use are collected for `ungrounded`.
 */
import type { Vec3 } from '../math/vec3.ts';
import type { ActionType } from '../plan/scenePlanSchema.ts';
import { KINDS } from '../ontology/ontology.ts';
import { loadLexicon, type Lexicon } from '../ontology/lexicon.ts';
import { buildPhraseIndex } from './buildPhraseIndex.ts';
import { matchPhrases, type Chunk } from './matchPhrases.ts';
import type { ActionReading, GroupReading, GroupRef, MoveReading, PromptReading } from './PromptReading.ts';
import { hasSense, senseOf, type PrepRole, type Relation, type Sense, type SenseOf } from './Sense.ts';
import { tokenizePrompt } from './tokenizePrompt.ts';
import { singularOf } from './singularOf.ts';
import { mixColour } from './mixColour.ts';

/** A chunk's meaning once context has picked one. */
type Role =
  | { r: 'sense'; senses: Sense[] }
  | { r: 'number'; value: number }
  | { r: 'measure'; dimension: 'length' | 'time'; value: number; unitChunk?: boolean }
  | { r: 'name' }
  | { r: 'unknownNoun' }
  | { r: 'unknownVerb' }
  | { r: 'unknownAdj' }
  | { r: 'unknownWord' }
  | { r: 'determiner' }
  | { r: 'function' }
  | { r: 'place' }
  | { r: 'participle'; sense: SenseOf<'action'> };

type ActionSense = SenseOf<'action'>;
type MoveSense = SenseOf<'move'> | SenseOf<'cameraVerb'>;

interface NounInPhrase {
  item: number;
  kind?: SenseOf<'kind'>;
  plural: boolean;
  name?: string;
}

interface NounPhrase {
  items: number[];
  definite: boolean;
  count?: number;
  countItem?: number;
  sizes: number[];
  exponent?: number;
  colour?: string;
  shade?: { mix: string; amount: number };
  colourful: boolean;
  material?: string;
  measure?: { value: number; vertical: boolean };
  adjectives: number[];
  nouns: NounInPhrase[];
  /** "a bouncing ball", "the sleeping cat". */
  participle?: SenseOf<'action'>;
  special?: 'camera' | 'clothing';
}

type NPResult = { groups: number[] } | { ref: 'ground' | 'water' } | { camera: true } | null;

interface Frame {
  item: number;
  sense: ActionSense | MoveSense | 'unknown' | 'ignored';
  subjects: number[] | 'main';
  objects: number[];
  agent: number[];
  passive: boolean;
  relation?: { relation: Relation; target: GroupRef };
  targets: number[];
  source?: number;
  /** "slides across the table": the movers start on it. */
  surface?: number;
  direction?: { name: string; vector: Vec3 };
  speedFactor?: number;
  height?: number;
  start?: number;
  duration?: number;
  clause: Clause;
}

interface Clause {
  subjects: number[];
  subjectIsCamera: boolean;
  subjectIsEnvironment: boolean;
  frames: Frame[];
  tentative: number[];
  sequence: number;
  start?: number;
  copula: boolean;
  pendingSpeed?: number;
  pendingDirection?: { name: string; vector: Vec3 };
  pendingHeight?: number;
  pendingDuration?: number;
  frontedPP?: { relation: Relation; target: GroupRef };
}

type PendingPrep =
  | { kind: 'relation'; relation: Relation; item: number }
  | { kind: PrepRole; item: number };

const MODIFIER_CATS = new Set<Sense['cat']>(['colour', 'size', 'material', 'shade', 'colourful', 'intensifier']);
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Auxiliary', 'Modal', 'QuestionWord'];
const DROP_ACTIONS = new Set<ActionType>(['fall', 'drop']);
const STATIONARY_ACTIONS = new Set<ActionType>(['idle', 'float', 'sink', 'spin', 'wave', 'bounce', 'topple']);
const WEATHER_STRENGTH = ['clear', 'cloudy', 'fog', 'wind', 'rain', 'snow', 'storm'] as const;

export function readPrompt(prompt: string, lang = 'en'): PromptReading {
  const chunks = matchPhrases(tokenizePrompt(prompt), buildPhraseIndex(lang));
  return new PromptReader(chunks, loadLexicon()).read();
}

class PromptReader {
  private readonly roles: (Role | undefined)[] = [];
  private readonly used: boolean[];
  private readonly listed = new Map<number, string>();
  private readonly reading: PromptReading = { groups: [], actions: [], moves: [], usesWater: false, ungrounded: [] };
  private readonly frames: Frame[] = [];
  private readonly clauses: Clause[] = [];
  private clause: Clause;
  private np: NounPhrase | null = null;
  private pendingPrep: PendingPrep | null = null;
  private afterAnd = false;
  private relativePending = false;
  private lastNP: number[] = [];
  private lastWasNP = false;
  private lastNPWasGoal = false;
  private lastGroup: number | undefined;
  private lastFramingItem = -10;
  private notes: string[] = [];
  private i = 0;

  constructor(
    private readonly chunks: readonly Chunk[],
    private readonly lexicon: Lexicon,
  ) {
    this.used = chunks.map(() => false);
    this.clause = this.newClause(0);
  }

  read(): PromptReading {
    for (this.i = 0; this.i < this.chunks.length; this.i++) {
      const role = this.resolve(this.i);
      this.roles[this.i] = role;
      this.handle(role, this.i);
      const brk = this.chunks[this.i]!.breakAfter;
      if (brk === 'sentence') this.endClause(false);
      else if (brk === 'comma') {
        this.closeNP();
        this.pendingPrep = null;
        this.afterAnd = this.clause.frames.length > 0 || this.clause.subjects.length > 0 || this.afterAnd;
      }
    }
    this.endClause(false);
    this.finish();
    return this.reading;
  }

  // ---- sense resolution -------------------------------------------------------------------

  private chunk(i: number): Chunk | undefined {
    return this.chunks[i];
  }

  private isNounish(c: Chunk | undefined): boolean {
    if (!c) return false;
    if (c.senses.length === 0) return !c.number && c.tags.has('Noun') && !c.tags.has('Pronoun');
    return hasSense(c.senses, 'kind', 'ground', 'clothing');
  }

  private isModifierOnly(c: Chunk | undefined): boolean {
    if (!c) return false;
    if (c.senses.length === 0) return c.tags.has('Adjective') && !c.tags.has('Noun');
    return c.senses.every((s) => MODIFIER_CATS.has(s.cat) || s.cat === 'stop');
  }

  /** A noun comes next, after any adjectives: the word at i modifies it. */
  private headFollows(i: number): boolean {
    let j = i + 1;
    while (j < this.chunks.length && !this.chunks[j - 1]!.breakAfter && this.isModifierOnly(this.chunk(j))) j++;
    if (this.chunks[j - 1]?.breakAfter) return false;
    return this.isNounish(this.chunk(j));
  }

  private startsNP(i: number): boolean {
    const c = this.chunk(i);
    if (!c || this.chunks[i - 1]?.breakAfter) return false;
    if (c.number) return true;
    if (c.senses.length === 0) return (c.tags.has('Noun') || c.tags.has('Adjective')) && !c.tags.has('Pronoun');
    return hasSense(c.senses, 'kind', 'colour', 'size', 'material', 'count', 'colourful', 'shade', 'cameraNoun', 'ground', 'water', 'intensifier');
  }

  private prevRole(): Role | undefined {
    return this.roles[this.i - 1];
  }

  /** Whether a word at this point reads as a verb ("a girl waves") rather than a noun ("the waves"). */
  private verbPosition(): boolean {
    let k = this.i - 1;
    // Skip adverbs: "a dog slowly walks".
    while (k >= 0) {
      const r = this.roles[k];
      if (r?.r === 'sense' && r.senses.every((s) => s.cat === 'speed' || s.cat === 'intensifier')) k--;
      else break;
    }
    const p = this.roles[k];
    if (!p || (this.chunks[k]?.breakAfter && this.clause.frames.length === 0 && this.clause.subjects.length === 0)) return false;
    if (p.r === 'name' || p.r === 'unknownNoun') return true;
    if (p.r === 'determiner' || p.r === 'number' || p.r === 'unknownAdj') return false;
    if (p.r !== 'sense') return false;
    const cats = p.senses.map((s) => s.cat);
    if (cats.some((c) => c === 'kind' || c === 'pronoun' || c === 'relative' || c === 'copula' || c === 'sequence' || c === 'cameraNoun')) return true;
    if (cats.includes('and') || this.chunks[k]?.breakAfter === 'comma') {
      return this.clause.frames.length > 0 || this.np?.nouns.length === 0;
    }
    if (cats.includes('prep') && senseOf(p.senses, 'prep')?.role === 'target' && this.chunks[k]!.normal === 'to') return true;
    if (cats.includes('stop') && this.clause.subjects.length + (this.np?.nouns.length ?? 0) > 0) {
      return !this.chunks[k]!.tags.has('Determiner');
    }
    return false;
  }

  private resolve(i: number): Role {
    const c = this.chunks[i]!;
    if (c.number && c.senses.length === 0) {
      const next = this.chunk(i + 1);
      const unitText = c.number.unit;
      const unitSense = unitText ? this.unitSenseOf(unitText) : undefined;
      if (unitSense) return { r: 'measure', dimension: unitSense.dimension, value: c.number.value * unitSense.factor };
      const nextUnit = !c.breakAfter && next ? senseOf(next.senses, 'unit') : undefined;
      if (nextUnit) return { r: 'measure', dimension: nextUnit.dimension, value: c.number.value * nextUnit.factor, unitChunk: true };
      return { r: 'number', value: c.number.value };
    }
    let senses = c.senses;
    if (senses.length === 0) return this.unknownRole(i);
    // "Bob waves": a capitalised first name wins over a verb spelt alike.
    const t = c.tags;
    if (c.end - c.start === 1 && (t.has('FirstName') || t.has('MaleName') || t.has('FemaleName')) && /^\p{Lu}/u.test(c.text) &&
      !hasSense(senses, 'kind')) {
      return { r: 'name' };
    }
    // "a dog can jump": a modal is not a tin can.
    if (hasSense(senses, 'stop') && (c.tags.has('Modal') || c.tags.has('Auxiliary')) && !(this.np && this.np.nouns.length === 0)) {
      return { r: 'function' };
    }
    if (hasSense(senses, 'unsupported')) return { r: 'sense', senses: [senseOf(senses, 'unsupported')!] };

    const pick = (...cats: Sense['cat'][]): Role => ({ r: 'sense', senses: senses.filter((s) => cats.includes(s.cat)) });
    const drop = (...cats: Sense['cat'][]) => {
      senses = senses.filter((s) => !cats.includes(s.cat));
    };
    const next = this.chunk(i + 1);
    const nextNumber = next && !c.breakAfter ? next.number : undefined;
    const nextIsMeasure = (dimension: 'length' | 'time') =>
      !!nextNumber && ((nextNumber.unit && this.unitSenseOf(nextNumber.unit)?.dimension === dimension) ||
        (!nextNumber.unit && senseOf(this.chunk(i + 2)?.senses ?? [], 'unit')?.dimension === dimension));

    // The camera as subject turns movement verbs into camera moves ("the camera circles the car").
    const cameraSubject = this.np?.special === 'camera' || (this.clause.subjectIsCamera && this.clause.subjects.length === 0);
    if (cameraSubject && hasSense(senses, 'move', 'cameraVerb')) {
      return pick(hasSense(senses, 'move') ? 'move' : 'cameraVerb');
    }
    if (hasSense(senses, 'cameraVerb') && !hasSense(senses, 'move')) drop('cameraVerb');
    if (senses.length === 0) return this.unknownRole(i);

    // Numbers after "from", "at", "after", "for" are heights and times.
    if (hasSense(senses, 'heightBefore') && nextIsMeasure('length')) return pick('heightBefore');
    if (hasSense(senses, 'timeAfter') && nextIsMeasure('time')) return pick('timeAfter');
    if (hasSense(senses, 'timeFor') && nextIsMeasure('time')) return pick('timeFor');
    drop('heightBefore', 'timeAfter', 'timeFor');
    const prev = this.prevRole();
    if (hasSense(senses, 'sizeMarker') && prev?.r === 'measure') return pick('sizeMarker');
    if (hasSense(senses, 'heightAfter') && prev?.r === 'measure') return pick('heightAfter');
    if (hasSense(senses, 'clipWord') && prev?.r === 'measure' && prev.dimension === 'time') return pick('clipWord');
    drop('sizeMarker', 'heightAfter', 'clipWord');
    if (senses.length === 0) return this.unknownRole(i);

    // Determiners, possessives and "that".
    if (hasSense(senses, 'definite') && (hasSense(senses, 'relative') || hasSense(senses, 'pronoun'))) {
      if (this.startsNP(i + 1)) return pick('definite');
      drop('definite');
    }
    if (hasSense(senses, 'relative') && this.startsNP(i + 1) && this.chunks[i]!.normal === 'that') return pick('definite');

    // "kids building a sandcastle": a noun spelt like a gerund, right after a noun, is the verb.
    const prevNoun = this.np?.nouns[this.np.nouns.length - 1];
    const takesObject = this.startsNP(i + 1) || !!next?.tags.has('Determiner') || hasSense(next?.senses ?? [], 'definite', 'prep', 'relation');
    if (hasSense(senses, 'kind') && prevNoun && /ing$/.test(c.normal) && takesObject && !c.breakAfter &&
      (c.firstTags.has('Gerund') || prevNoun.plural)) {
      return { r: 'unknownVerb' };
    }
    // "a water balloon" names a kind of balloon; "a glass of water" is no lake.
    if (hasSense(senses, 'water')) {
      if (this.headFollows(i)) return { r: 'unknownNoun' };
      if (this.pendingPrep?.kind === 'relation' || this.pendingPrep?.kind === 'target') return pick('water', 'setting');
      if (this.pendingPrep) return { r: 'function' };
      return pick('setting');
    }
    // Modifier or head: "an orange ball" / "an orange rolls", "a stone wall" / "a stone falls".
    const modifiers = senses.filter((s) => MODIFIER_CATS.has(s.cat));
    if (modifiers.length > 0 && modifiers.length < senses.length) {
      const nonStop = senses.filter((s) => !MODIFIER_CATS.has(s.cat) && s.cat !== 'stop');
      if (nonStop.length === 0) {
        senses = modifiers;
      } else if (this.headFollows(i)) {
        senses = modifiers;
      } else {
        drop('colour', 'size', 'material', 'shade', 'colourful');
      }
    }
    if (hasSense(senses, 'shade') && !hasSense(next?.senses ?? [], 'colour')) {
      drop('shade');
      if (senses.length === 0) return this.unknownRole(i);
    }
    if (hasSense(senses, 'intensifier') && senses.length > 1) {
      const n = next?.senses ?? [];
      if (hasSense(n, 'size', 'speed', 'shade', 'colour')) return pick('intensifier');
      drop('intensifier');
    }
    // A setting word right before a noun names the kind of thing, not the place ("a kitchen table").
    if (hasSense(senses, 'setting') && this.headFollows(i) && !hasSense(senses, 'kind')) {
      return { r: 'sense', senses: senses.filter((s) => s.cat === 'setting').map((s) => ({ ...s, weak: true })) };
    }
    // A one-word framing in front of a noun is an adjective ("a wide river").
    if (hasSense(senses, 'framing') && c.end - c.start === 1 && this.headFollows(i)) drop('framing');
    if (senses.length === 0) return this.unknownRole(i);

    // Verb or noun.
    if (hasSense(senses, 'action')) {
      const verbHere = this.verbPosition();
      const entitySubject = this.clause.subjects.length > 0 || this.clause.tentative.length > 0 || this.relativePending ||
        (this.np?.nouns.length ?? 0) > 0 || (verbHere && this.clause.frames.length > 0);
      if (hasSense(senses, 'move')) {
        // "…, follow the dog" (a bare verb after a break) directs the camera; "…, follows the cat" is the subject's.
        const firstWord = c.normal.split(' ')[0]!;
        const imperative = (i === 0 || !!this.chunks[i - 1]!.breakAfter) && !/[^s]s$/.test(firstWord);
        return entitySubject && verbHere && !imperative ? pick('action') : pick('move');
      }
      const others = senses.filter((s) => s.cat !== 'action' && s.cat !== 'stop' && s.cat !== 'cameraVerb');
      if (verbHere) return pick('action');
      const f = c.firstTags;
      if ((f.has('Gerund') || f.has('PastTense') || f.has('Participle') || /ing$/.test(c.normal)) && this.headFollows(i)) {
        return { r: 'participle', sense: senseOf(senses, 'action')! };
      }
      if (others.length > 0) {
        drop('action');
      } else {
        const p = prev;
        const afterDeterminer = p?.r === 'determiner' || p?.r === 'unknownAdj' ||
          (p?.r === 'sense' && p.senses.some((s) => s.cat === 'definite' || MODIFIER_CATS.has(s.cat) || s.cat === 'count'));
        if (afterDeterminer) return { r: 'unknownNoun' };
        return pick('action');
      }
    }
    if (hasSense(senses, 'move')) return pick('move');

    // Ground or weather: "in the snow" is the ground, "snow falls" is the weather as well.
    if (hasSense(senses, 'weather') && hasSense(senses, 'setting')) {
      if (this.pendingPrep?.kind === 'relation') return pick('setting');
      return pick('weather', 'setting');
    }
    if (hasSense(senses, 'relation') && hasSense(senses, 'setting')) {
      return this.startsNP(i + 1) ? pick('relation') : pick('setting');
    }
    if (hasSense(senses, 'copula')) return pick('copula');
    if (hasSense(senses, 'count') && hasSense(senses, 'stop')) {
      return this.startsNP(i + 1) ? pick('count') : { r: 'function' };
    }
    if (hasSense(senses, 'prep') && hasSense(senses, 'relation')) return pick('relation');
    if (hasSense(senses, 'direction') && hasSense(senses, 'prep')) {
      return this.startsNP(i + 1) || this.chunk(i + 1)?.senses.some((s) => s.cat === 'stop') ? pick('prep') : pick('direction');
    }
    const nonStop = senses.filter((s) => s.cat !== 'stop');
    if (nonStop.length === 0) return c.tags.has('Determiner') ? { r: 'determiner' } : { r: 'sense', senses: [{ cat: 'stop' }] };
    return { r: 'sense', senses: nonStop };
  }

  private unitSenseOf(text: string): SenseOf<'unit'> | undefined {
    const idx = buildPhraseIndex();
    const entry = idx.get(text)?.find((e) => e.words.length === 1);
    return entry ? senseOf(entry.senses, 'unit') : undefined;
  }

  private unknownRole(i: number): Role {
    const c = this.chunks[i]!;
    const t = c.tags;
    if (!/[\p{L}]/u.test(c.normal)) return { r: 'function' };
    // A capitalised first name is a person ("Anna waves"); "savanna" in lower case is not.
    if ((t.has('FirstName') || t.has('MaleName') || t.has('FemaleName')) && /^\p{Lu}/u.test(c.text)) return { r: 'name' };
    if (t.has('Place') || t.has('Country') || t.has('City') || t.has('Region')) return { r: 'place' };
    if (FUNCTION_TAGS.some((f) => t.has(f))) return t.has('Determiner') ? { r: 'determiner' } : { r: 'function' };
    if (t.has('Noun') && !t.has('Date') && !t.has('Duration')) {
      // "a dog barks": a singular subject, then a plural-looking word, reads as a verb.
      const p = this.prevRole();
      const prevNoun = this.np?.nouns[this.np.nouns.length - 1];
      const afterNoun = !!prevNoun && this.clause.frames.length === 0 && (p?.r === 'unknownNoun' || p?.r === 'name' || (p?.r === 'sense' && hasSense(p.senses, 'kind')));
      if (afterNoun && t.has('Plural') && c.normal.endsWith('s') && !prevNoun!.plural) return { r: 'unknownVerb' };
      // "two kids splash": English compounds put a singular noun first, so a plural noun then a bare word reads as a verb.
      if (afterNoun && prevNoun!.plural && !t.has('Plural')) return { r: 'unknownVerb' };
      return { r: 'unknownNoun' };
    }
    if (t.has('Verb')) return { r: 'unknownVerb' };
    if (t.has('Adjective')) return { r: 'unknownAdj' };
    return { r: 'unknownWord' };
  }

  // ---- handling -----------------------------------------------------------------------------

  private markUsed(i: number) {
    this.used[i] = true;
  }

  private handle(role: Role, i: number): void {
    switch (role.r) {
      case 'number':
        return this.addToNP(i, (np) => {
          const next = this.chunk(i + 1);
          const mult = next?.senses.find((s): s is SenseOf<'count'> => s.cat === 'count' && s.multiplier);
          np.count = role.value;
          np.countItem = i;
          if (mult?.multiplier) {
            np.count = role.value * mult.count;
            this.markUsed(i + 1);
            this.roles[i + 1] = { r: 'function' };
            this.i++;
          }
          this.markUsed(i);
        });
      case 'measure': {
        // The unit word belongs to the number ("3 metres"): skip past it, keeping its punctuation.
        const end = role.unitChunk ? i + 1 : i;
        if (role.unitChunk) {
          this.markUsed(end);
          this.roles[end] = { r: 'function' };
          this.i = end;
        }
        return this.onMeasure(role.dimension, role.value, i, end);
      }
      case 'name':
        return this.addToNP(i, (np) => {
          np.nouns.push({ item: i, kind: { cat: 'kind', kind: 'person' }, plural: false, name: this.chunks[i]!.text });
          this.markUsed(i);
        });
      case 'unknownNoun':
        return this.addToNP(i, (np) => {
          np.nouns.push({ item: i, plural: this.chunks[i]!.tags.has('Plural') });
        });
      case 'unknownAdj':
        return this.addToNP(i, (np) => np.adjectives.push(i));
      case 'unknownVerb':
        return this.startFrame(i, 'unknown');
      case 'participle':
        return this.addToNP(i, (np) => {
          np.participle = role.sense;
          this.markUsed(i);
        });
      case 'determiner':
        this.closeNP();
        this.np = this.emptyNP(i);
        this.markUsed(i);
        return;
      case 'function':
      case 'unknownWord':
      case 'place':
        if (role.r !== 'function') this.closeNP();
        return;
      case 'sense':
        return this.handleSenses(role.senses, i);
    }
  }

  private handleSenses(senses: Sense[], i: number): void {
    const s = senses[0]!;
    const c = this.chunks[i]!;
    switch (s.cat) {
      case 'kind':
        return this.addToNP(i, (np) => {
          np.nouns.push({ item: i, kind: s, plural: c.tags.has('Plural') || this.isPluralForm(c) });
          this.markUsed(i);
        });
      case 'material':
        // "slides on ice": a bare material after "on" is the ground.
        if (this.pendingPrep?.kind === 'relation' && this.pendingPrep.relation === 'on' && !this.headFollows(i) &&
          (!this.np || this.np.nouns.length === 0)) {
          this.reading.ground = s.material;
          for (const item of this.np?.items ?? []) this.markUsed(item);
          this.np = null;
          this.markUsed(i);
          return this.onNP({ ref: 'ground' });
        }
        return this.addToNP(i, (np) => {
          // A material with nothing after it is the thing itself ("a glass").
          if (!this.headFollows(i) && !this.clause.copula) np.nouns.push({ item: i, plural: false });
          np.material = s.material;
          this.markUsed(i);
        });
      case 'colour':
        return this.addToNP(i, (np) => {
          np.colour = np.shade ? mixColour(s.hex, np.shade.mix, np.shade.amount) : s.hex;
          np.shade = undefined;
          this.markUsed(i);
        });
      case 'shade':
        return this.addToNP(i, (np) => {
          np.shade = { mix: s.mix, amount: s.amount };
          this.markUsed(i);
        });
      case 'colourful':
        return this.addToNP(i, (np) => {
          np.colourful = true;
          this.markUsed(i);
        });
      case 'size':
        return this.addToNP(i, (np) => {
          np.sizes.push(Math.pow(s.scale, np.exponent ?? 1));
          np.exponent = undefined;
          this.markUsed(i);
        });
      case 'intensifier': {
        const next = this.chunk(i + 1)?.senses ?? [];
        if (hasSense(next, 'speed')) {
          this.pendingExponent = s.exponent;
          this.markUsed(i);
          return;
        }
        return this.addToNP(i, (np) => {
          np.exponent = s.exponent;
          this.markUsed(i);
        });
      }
      case 'count':
        return this.addToNP(i, (np) => {
          np.count = s.count;
          np.countItem = i;
          this.markUsed(i);
        });
      case 'cameraNoun':
        return this.addToNP(i, (np) => {
          np.special = 'camera';
          this.markUsed(i);
        });
      case 'clothing':
        return this.addToNP(i, (np) => {
          np.special = 'clothing';
          this.markUsed(i);
        });
      case 'ground':
      case 'water':
        // "a wooden floor": the floor's material is the ground's.
        if (s.cat === 'ground' && this.np && this.np.nouns.length === 0 && this.np.material !== undefined) {
          this.reading.ground = this.np.material;
          for (const item of this.np.items) this.markUsed(item);
          this.np = null;
        }
        this.closeNP();
        this.markUsed(i);
        if (s.cat === 'water') {
          const setting = senses.find((x) => x.cat === 'setting');
          if (setting) this.noteSetting(setting as SenseOf<'setting'>, i, true);
        }
        return this.onNP({ ref: s.cat });
      case 'pronoun': {
        this.closeNP();
        this.markUsed(i);
        const g = this.lastGroup;
        return this.onNP(g === undefined ? null : { groups: [g] });
      }
      case 'abstract':
        this.closeNP();
        this.onNP(null);
        return;
      case 'definite':
        this.closeNP();
        this.np = this.emptyNP(i);
        this.np.definite = true;
        this.markUsed(i);
        return;
      case 'setting':
        for (const x of senses) if (x.cat === 'setting') this.noteSetting(x, i, false);
        if (senses.some((x) => x.cat === 'weather')) this.noteWeather(senses.find((x) => x.cat === 'weather') as SenseOf<'weather'>, i);
        return;
      case 'weather':
        this.noteWeather(s, i);
        for (const x of senses) if (x.cat === 'setting') this.noteSetting(x, i, false);
        return;
      case 'time':
        this.closeNP();
        this.reading.timeOfDay = s.time;
        this.markUsed(i);
        this.pendingPrep = null;
        this.envAsSubject();
        return;
      case 'gravity':
        this.closeNP();
        this.reading.gravity = s.gravity;
        this.markUsed(i);
        this.pendingPrep = null;
        return;
      case 'framing':
        this.closeNP();
        this.reading.framing = s.framing;
        this.lastFramingItem = i;
        this.markUsed(i);
        return;
      case 'canvas':
        this.closeNP();
        this.reading.canvasSize = { width: s.width, height: s.height };
        this.markUsed(i);
        return;
      case 'move':
      case 'cameraVerb':
        return this.startFrame(i, s);
      case 'action':
        return this.startFrame(i, s);
      case 'relation':
        this.closeNP();
        this.pendingPrep = { kind: 'relation', relation: s.relation, item: i };
        return;
      case 'prep':
        this.closeNP();
        this.pendingPrep = { kind: s.role, item: i };
        if (s.role === 'of' && this.lastFramingItem === i - 1) this.markUsed(i);
        return;
      case 'direction':
        this.closeNP();
        this.markUsed(i);
        this.pendingPrep = null;
        return this.onDirection({ name: s.name, vector: s.vector });
      case 'speed': {
        this.closeNP();
        this.markUsed(i);
        const factor = Math.pow(s.factor, this.pendingExponent ?? 1);
        this.pendingExponent = undefined;
        const frame = this.currentFrame();
        const next = this.chunk(i + 1);
        const verbNext = next && hasSense(next.senses, 'action', 'move', 'cameraVerb');
        if (frame && !verbNext) frame.speedFactor = factor;
        else this.clause.pendingSpeed = factor;
        return;
      }
      case 'height': {
        this.closeNP();
        this.markUsed(i);
        this.pendingPrep = null;
        const frame = this.currentFrame();
        if (frame) frame.height = s.metres;
        else this.clause.pendingHeight = s.metres;
        return;
      }
      case 'heightBefore':
      case 'timeAfter':
      case 'timeFor':
        this.closeNP();
        this.markUsed(i);
        return;
      case 'sizeMarker':
      case 'heightAfter':
      case 'clipWord':
      case 'unit':
        // Consumed by a measure just before (see onMeasure); alone they mean nothing here.
        return;
      case 'clauseBreak':
        this.markUsed(i);
        return this.endClause(false);
      case 'sequence':
        this.markUsed(i);
        return this.endClause(true);
      case 'and':
        this.closeNP();
        this.markUsed(i);
        this.afterAnd = true;
        return;
      case 'relative':
        this.closeNP();
        this.markUsed(i);
        this.relativePending = true;
        return;
      case 'copula':
        this.closeNP();
        this.markUsed(i);
        if (this.clause.frames.length === 0) this.clause.copula = true;
        return;
      case 'unsupported':
        this.closeNP();
        this.listed.set(i, this.chunks[i]!.normal);
        return;
      case 'stop':
        return;
    }
  }

  private pendingExponent: number | undefined;
  private moveClause: Clause | undefined;
  private readonly participles: { group: number; sense: SenseOf<'action'> }[] = [];

  private isPluralForm(c: Chunk): boolean {
    const words = c.normal.split(' ');
    const last = words[words.length - 1]!;
    return singularOf(last) !== last && last.endsWith('s');
  }

  // ---- noun phrases -----------------------------------------------------------------------

  private emptyNP(start: number): NounPhrase {
    return { items: [start], definite: false, sizes: [], colourful: false, adjectives: [], nouns: [] };
  }

  private addToNP(i: number, add: (np: NounPhrase) => void): void {
    // A modifier after the head starts a new phrase ("a ball, red").
    const role = this.roles[i];
    const isHead = role?.r === 'unknownNoun' || role?.r === 'name' ||
      (role?.r === 'sense' && role.senses.some((s) => s.cat === 'kind' || s.cat === 'cameraNoun' || s.cat === 'clothing'));
    if (this.np && (this.np.nouns.length > 0 || this.np.special) && !isHead) this.closeNP();
    if (this.np && this.np.special && isHead) this.closeNP();
    if (!this.np) this.np = this.emptyNP(i);
    this.np.items.push(i);
    add(this.np);
  }

  private closeNP(): void {
    const np = this.np;
    if (!np) return;
    this.np = null;
    if (np.special === 'camera') {
      this.onNP({ camera: true });
      return;
    }
    if (np.special === 'clothing') {
      this.dress(np);
      return;
    }
    if (np.nouns.length === 0) {
      this.orphanModifiers(np);
      return;
    }
    this.onNP({ groups: [this.groupFromNP(np)] });
  }

  /** "a man in a red jacket": the clothes' colour is the wearer's. */
  private dress(np: NounPhrase): void {
    const wearers = (this.lastNP.length > 0 ? this.lastNP : this.clause.subjects).filter((g) => {
      const category = KINDS[this.reading.groups[g]!.kind]?.category;
      return category === 'character' || category === 'animal';
    });
    if (this.pendingPrep) this.markUsed(this.pendingPrep.item);
    this.pendingPrep = null;
    for (const g of wearers) {
      const group = this.reading.groups[g]!;
      if (np.colour !== undefined) {
        group.colour = np.colour;
        group.said.colour = true;
      }
    }
    if (wearers.length === 0) for (const item of np.items) this.listed.set(item, this.chunks[item]!.normal);
  }

  /** Adjectives without a noun: "the ball is red" gives them to the subject. */
  private orphanModifiers(np: NounPhrase): void {
    const hasAny = np.colour !== undefined || np.material !== undefined || np.sizes.length > 0 || np.colourful;
    // "the ball is red" (after a copula), "paint the car red" (right after the noun).
    const targets = this.clause.copula && this.clause.subjects.length > 0 ? this.clause.subjects : this.lastWasNP ? this.lastNP : [];
    if (!hasAny || targets.length === 0) {
      // Leave them unused: they are listed as ungrounded.
      for (const item of np.items) {
        const r = this.roles[item];
        if (r?.r === 'sense' && r.senses.some((s) => MODIFIER_CATS.has(s.cat) || s.cat === 'count')) this.used[item] = false;
        if (r?.r === 'number') this.used[item] = false;
      }
      return;
    }
    for (const g of targets) {
      const group = this.reading.groups[g]!;
      if (np.colour !== undefined) group.colour = np.colour;
      if (np.material !== undefined) group.material = np.material;
      if (np.colourful) group.colourful = true;
      for (const s of np.sizes) group.size = clampSize(group.size * s);
      group.said = {
        colour: group.said.colour || np.colour !== undefined || np.colourful,
        material: group.said.material || np.material !== undefined,
        size: group.said.size || np.sizes.length > 0,
      };
    }
  }

  private groupFromNP(np: NounPhrase): number {
    const nouns = np.nouns;
    const head = nouns[nouns.length - 1]!;
    const known = head.kind;
    const kind = known ? known.kind : 'prop';
    const words = nouns.map((n) => (n.name ? n.name : this.chunks[n.item]!.normal));
    const lastWord = words[words.length - 1]!;
    words[words.length - 1] = head.plural ? singularPhrase(lastWord) : lastWord;
    const label = (known && nouns.length === 1 ? words[0]! : words.join(' ')).slice(0, 80);
    const unknown = !known;

    // "The ball" after "a ball" is the same ball.
    if (np.definite && np.count === undefined) {
      for (let g = this.reading.groups.length - 1; g >= 0; g--) {
        const group = this.reading.groups[g]!;
        const sameThing = (group.kind === kind && (kind !== 'prop' || group.label === label)) || sameHead(group.label, label);
        const compatible = (np.colour === undefined || group.colour === undefined || group.colour === np.colour) &&
          (np.material === undefined || group.material === undefined || group.material === np.material);
        if (sameThing && compatible) {
          if (np.colour !== undefined) group.colour = np.colour;
          if (np.material !== undefined) group.material = np.material;
          if (np.colour !== undefined) group.said.colour = true;
          if (np.material !== undefined) group.said.material = true;
          for (const item of np.items) this.used[item] = true;
          this.lastGroup = g;
          return g;
        }
      }
    }

    let count = 1;
    let cappedFrom: number | undefined;
    if (np.count !== undefined) count = Math.max(1, Math.round(np.count));
    else if (head.plural) count = this.lexicon.counts.pluralByKind[kind] ?? this.lexicon.counts.pluralDefault;
    if (count > this.lexicon.counts.max) {
      cappedFrom = count;
      count = this.lexicon.counts.max;
    }
    let size = known?.size ?? 1;
    for (const s of np.sizes) size *= s;
    if (np.measure) size = sizeFromMeasure(kind, np.measure.value, np.measure.vertical);
    const group: GroupReading = {
      index: this.reading.groups.length,
      kind,
      label,
      count,
      ...(cappedFrom !== undefined ? { cappedFrom } : {}),
      ...(np.colour !== undefined ? { colour: np.colour } : known?.colour !== undefined ? { colour: known.colour } : {}),
      colourful: np.colourful,
      ...(np.material !== undefined ? { material: np.material } : known?.material !== undefined ? { material: known.material } : {}),
      size: clampSize(size),
      said: { colour: np.colour !== undefined || np.colourful, material: np.material !== undefined, size: np.sizes.length > 0 || !!np.measure },
      definite: np.definite,
      unknown,
    };
    if (known?.colour !== undefined && np.colour === undefined) group.colour = known.colour;
    this.reading.groups.push(group);
    for (const item of np.items) this.used[item] = true;
    if (unknown) {
      // Unknown nouns become props, and are listed so the user sees what was not understood.
      for (const n of nouns) this.used[n.item] = true;
      this.listed.set(nouns[0]!.item, label);
    }
    for (const a of np.adjectives) this.used[a] = false;
    if (cappedFrom !== undefined) this.notes.push(`${cappedFrom} ${this.chunks[head.item]!.normal} (capped at ${count})`);
    if (np.participle) this.participles.push({ group: group.index, sense: np.participle });
    this.lastGroup = group.index;
    return group.index;
  }

  // ---- clauses, frames and attachment ------------------------------------------------------

  private newClause(sequence: number): Clause {
    const c: Clause = { subjects: [], subjectIsCamera: false, subjectIsEnvironment: false, frames: [], tentative: [], sequence, copula: false };
    this.clauses.push(c);
    return c;
  }

  private endClause(sequenceNext: boolean): void {
    this.closeNP();
    const c = this.clause;
    // Adverbs and heights with no verb describe the clause's subjects.
    const subjects = c.subjects.length > 0 ? c.subjects : c.tentative;
    if (c.frames.length === 0 && subjects.length > 0) {
      for (const g of subjects) {
        const group = this.reading.groups[g]!;
        if (c.pendingSpeed !== undefined) group.speedFactor = c.pendingSpeed;
        if (c.pendingDirection) group.direction = c.pendingDirection.vector;
      }
      if (c.pendingHeight !== undefined) {
        const frame = this.makeFrame(-1, { cat: 'action', type: 'fall', object: 'none' }, subjects);
        frame.height = c.pendingHeight;
        c.frames.push(frame);
        this.frames.push(frame);
      }
      c.pendingSpeed = c.pendingDirection = c.pendingHeight = undefined;
    }
    this.pendingPrep = null;
    this.afterAnd = false;
    this.relativePending = false;
    this.lastWasNP = false;
    this.clause = this.newClause(c.sequence + (sequenceNext ? 1 : 0));
  }

  private previousSubjects(): number[] | undefined {
    for (let k = this.clauses.length - 2; k >= 0; k--) {
      const c = this.clauses[k]!;
      for (let f = c.frames.length - 1; f >= 0; f--) {
        const s = c.frames[f]!.subjects;
        if (Array.isArray(s) && s.length > 0 && typeof c.frames[f]!.sense === 'object' && (c.frames[f]!.sense as Sense).cat === 'action') return s;
      }
      if (c.subjects.length > 0) return c.subjects;
    }
    return undefined;
  }

  private currentFrame(): Frame | undefined {
    return this.clause.frames[this.clause.frames.length - 1];
  }

  private makeFrame(item: number, sense: Frame['sense'], subjects: Frame['subjects']): Frame {
    return { item, sense, subjects, objects: [], agent: [], passive: false, targets: [], clause: this.clause };
  }

  private startFrame(i: number, sense: ActionSense | MoveSense | 'unknown'): void {
    this.closeNP();
    const c = this.clause;
    const isCamera = sense !== 'unknown' && (sense.cat === 'move' || sense.cat === 'cameraVerb');
    let subjects: Frame['subjects'] = [];
    let effective: Frame['sense'] = sense;
    if (isCamera) {
      subjects = [];
    } else if (c.tentative.length > 0) {
      subjects = c.tentative;
      for (const f of c.frames) f.objects = f.objects.filter((g) => !c.tentative.includes(g));
      c.tentative = [];
    } else if (this.relativePending && this.lastNP.length > 0) {
      subjects = this.lastNP;
    } else if (c.frames.some((f) => typeof f.sense === 'object' && f.sense.cat === 'action' || f.sense === 'unknown')) {
      const last = [...c.frames].reverse().find((f) => f.sense === 'unknown' || (typeof f.sense === 'object' && f.sense.cat === 'action'))!;
      subjects = last.subjects;
    } else if (c.subjects.length > 0) {
      subjects = c.subjects;
    } else if (c.subjectIsEnvironment || c.subjectIsCamera) {
      effective = 'ignored';
    } else {
      subjects = this.previousSubjects() ?? 'main';
    }
    const frame = this.makeFrame(i, effective, subjects);
    frame.passive = c.copula && this.chunks[i]!.firstTags.has('PastTense');
    if (c.frontedPP && Array.isArray(subjects)) {
      for (const g of subjects) this.place(g, c.frontedPP.relation, c.frontedPP.target);
      c.frontedPP = undefined;
    }
    if (c.pendingSpeed !== undefined) frame.speedFactor = c.pendingSpeed;
    if (c.pendingDirection) frame.direction = c.pendingDirection;
    if (c.pendingHeight !== undefined) frame.height = c.pendingHeight;
    if (c.pendingDuration !== undefined) frame.duration = c.pendingDuration;
    c.pendingSpeed = c.pendingDirection = c.pendingHeight = c.pendingDuration = undefined;
    c.frames.push(frame);
    this.frames.push(frame);
    if (sense !== 'unknown' && effective !== 'ignored') this.markUsed(i);
    if (effective === 'ignored') this.markUsed(i);
    this.afterAnd = false;
    this.relativePending = false;
    this.lastWasNP = false;
    this.pendingPrep = null;
    if (sense === 'unknown') this.listed.set(i, this.chunks[i]!.normal);
  }

  private envAsSubject(): void {
    const c = this.clause;
    if (!this.pendingPrep && c.subjects.length === 0 && c.frames.length === 0 && !this.np) c.subjectIsEnvironment = true;
  }

  private noteSetting(s: SenseOf<'setting'>, i: number, viaWater: boolean): void {
    this.closeNP();
    this.markUsed(i);
    const priority = s.weak ? 2 : 3;
    const current = this.reading.setting;
    if (!current || priority > current.priority) this.reading.setting = { id: s.setting, priority };
    // "off the kitchen table": a setting word before a noun leaves the preposition to the noun.
    if (!viaWater && this.headFollows(i)) return;
    const prep = this.pendingPrep;
    const hasWater = viaWater || this.settingHasWater(s.setting);
    if (prep && prep.kind === 'relation' && hasWater && ['in', 'on', 'under'].includes(prep.relation)) {
      this.onNP({ ref: 'water' });
      return;
    }
    if (prep) this.markUsed(prep.item);
    this.pendingPrep = null;
    this.envAsSubject();
  }

  private settingHasWater(id: string): boolean {
    return ['ocean', 'lake', 'pond', 'pool', 'bathtub'].includes(id);
  }

  private noteWeather(s: SenseOf<'weather'>, i: number): void {
    this.closeNP();
    this.markUsed(i);
    const rank = (w: string) => WEATHER_STRENGTH.indexOf(w as (typeof WEATHER_STRENGTH)[number]);
    if (this.reading.weather === undefined || rank(s.weather) > rank(this.reading.weather)) this.reading.weather = s.weather;
    if (s.wind !== undefined) this.reading.wind = Math.max(this.reading.wind ?? 0, s.wind);
    this.pendingPrep = null;
    this.envAsSubject();
  }

  private onDirection(d: { name: string; vector: Vec3 }): void {
    const frame = this.currentFrame();
    if (frame && frame.direction === undefined) frame.direction = d;
    else this.clause.pendingDirection = d;
  }

  private onMeasure(dimension: 'length' | 'time', value: number, i: number, end: number): void {
    const prev = this.roles[i - 1];
    const prevCats = prev?.r === 'sense' ? prev.senses.map((s) => s.cat) : [];
    const next = this.chunk(end + 1);
    const consumeNext = () => {
      this.markUsed(end + 1);
      this.roles[end + 1] = { r: 'function' };
      this.i = end + 1;
    };
    if (dimension === 'time') {
      const seconds = value;
      if (prevCats.includes('timeAfter')) {
        this.markUsed(i);
        this.closeNP();
        this.clause.start = seconds;
        const f = this.currentFrame();
        if (f) f.start = seconds;
        return;
      }
      if (prevCats.includes('timeFor')) {
        this.markUsed(i);
        this.closeNP();
        const f = this.currentFrame();
        if (f) f.duration = seconds;
        else this.clause.pendingDuration = seconds;
        return;
      }
      if (next && !this.chunks[end]!.breakAfter && hasSense(next.senses, 'clipWord')) {
        this.markUsed(i);
        consumeNext();
        if (this.np && this.np.nouns.length === 0) {
          // "a 10 second video of …": the article belonged to the clip.
          this.np = null;
        }
        this.noteDuration(seconds);
        return;
      }
      if (next && hasSense(next.senses, 'sequence') && next.normal === 'later') {
        this.markUsed(i);
        consumeNext();
        this.endClause(false);
        this.clause.start = seconds;
        return;
      }
      return;
    }
    // Length.
    if (prevCats.includes('heightBefore')) {
      this.markUsed(i);
      this.setHeight(value);
      return;
    }
    const nextSenses = next && !this.chunks[end]!.breakAfter ? next.senses : [];
    if (hasSense(nextSenses, 'sizeMarker')) {
      const vertical = ['tall', 'high'].includes(next!.normal);
      this.markUsed(i);
      consumeNext();
      if (this.np && this.np.nouns.length === 0) {
        this.np.measure = { value, vertical };
        this.np.items.push(i);
      } else if (this.lastWasNP && this.lastNP.length > 0) {
        for (const g of this.lastNP) {
          const group = this.reading.groups[g]!;
          group.size = clampSize(sizeFromMeasure(group.kind, value, vertical));
        }
      } else {
        this.np = this.emptyNP(i);
        this.np.measure = { value, vertical };
      }
      return;
    }
    if (hasSense(nextSenses, 'heightAfter')) {
      this.markUsed(i);
      consumeNext();
      this.setHeight(value);
      return;
    }
    if (this.np && this.np.nouns.length === 0 && this.isNounish(next)) {
      this.np.measure = { value, vertical: false };
      this.np.items.push(i);
      this.markUsed(i);
      return;
    }
    if (this.currentFrame()) {
      this.markUsed(i);
      this.setHeight(value);
    }
  }

  private setHeight(metres: number): void {
    this.closeNP();
    const h = Math.min(100, Math.max(0, metres));
    const frame = this.currentFrame();
    if (frame) frame.height = h;
    else this.clause.pendingHeight = h;
    this.pendingPrep = null;
  }

  private noteDuration(seconds: number): void {
    const clamped = Math.min(20, Math.max(1, seconds));
    if (clamped !== seconds) this.notes.push(`${seconds} s (clip length capped at ${clamped} s)`);
    this.reading.duration = clamped;
  }

  private place(g: number, relation: Relation, target: GroupRef): void {
    const group = this.reading.groups[g];
    if (!group || group.placement || target === g) return;
    // No cycles: the target must not (eventually) rest on this group.
    let t: GroupRef | undefined = target;
    for (let guard = 0; typeof t === 'number' && guard < 200; guard++) {
      if (t === g) return;
      t = this.reading.groups[t]?.placement?.target;
    }
    group.placement = { relation, target };
    if (target === 'water') this.reading.usesWater = true;
  }

  private onNP(result: NPResult): void {
    const prep = this.pendingPrep;
    this.pendingPrep = null;
    if (prep) {
      this.markUsed(prep.item);
      this.attachPP(prep, result);
      return;
    }
    if (!result) {
      this.lastWasNP = false;
      return;
    }
    const c = this.clause;
    if ('camera' in result) {
      const frameNow = c.frames.length > 0;
      if (!frameNow || this.afterAnd) {
        if (frameNow) this.endClause(false);
        this.clause.subjectIsCamera = true;
      }
      this.lastWasNP = false;
      return;
    }
    if ('ref' in result) {
      this.lastWasNP = false;
      return;
    }
    const groups = result.groups;
    if (c.frontedPP && c.frames.length === 0) {
      for (const g of groups) this.place(g, c.frontedPP.relation, c.frontedPP.target);
      c.frontedPP = undefined;
    }
    const frame = this.currentFrame();
    if (!frame) {
      if (c.subjectIsCamera && !this.afterAnd) {
        // "the camera and a dog": odd; treat the dog as a loose mention.
      } else {
        for (const g of groups) if (!c.subjects.includes(g)) c.subjects.push(g);
      }
    } else if (this.afterAnd) {
      c.tentative.push(...groups);
      frame.objects.push(...groups);
    } else if (this.relativePending) {
      // "a ball that the dog chases": rare; keep as a mention.
    } else {
      frame.objects.push(...groups);
    }
    this.afterAnd = false;
    this.lastNP = groups;
    this.lastWasNP = true;
    this.lastNPWasGoal = false;
  }

  private attachPP(prep: PendingPrep, result: NPResult): void {
    const c = this.clause;
    const frame = this.currentFrame();
    const lastIsObject = frame && this.lastNP.some((g) => frame.objects.includes(g));
    // "rolls down a ramp into a cup": a phrase after where something goes is still about the going.
    const attachToLastNP = this.lastWasNP && this.lastNP.length > 0 && !lastIsObject && !this.lastNPWasGoal;
    const keepLast = () => {
      if (result && 'groups' in result) {
        this.lastNP = result.groups;
        this.lastWasNP = true;
      }
      this.lastNPWasGoal = prep.kind === 'target' || prep.kind === 'surface' || prep.kind === 'source';
    };
    if (!result) {
      return;
    }
    if ('camera' in result) {
      // "runs to the camera" / "comes towards the camera".
      if (prep.kind === 'target' || prep.kind === 'relation') this.onDirection({ name: 'toward-camera', vector: this.lexicon.directions['toward-camera']! });
      return;
    }
    const target: GroupRef = 'ref' in result ? result.ref : result.groups[0]!;
    switch (prep.kind) {
      case 'relation': {
        if (target === 'water') this.reading.usesWater = true;
        if (attachToLastNP) {
          for (const g of this.lastNP) this.place(g, prep.relation, target);
        } else if (frame && frame.sense !== 'ignored') {
          frame.relation ??= { relation: prep.relation, target };
        } else if (this.lastNP.length > 0 && c.frames.length === 0 && this.lastWasNP) {
          for (const g of this.lastNP) this.place(g, prep.relation, target);
        } else if (c.subjects.length === 0 && c.frames.length === 0) {
          c.frontedPP = { relation: prep.relation, target };
        }
        keepLast();
        return;
      }
      case 'target':
        if (frame && typeof target === 'number') frame.targets.push(target);
        else if (frame && target === 'water') frame.relation ??= { relation: 'in', target: 'water' };
        keepLast();
        return;
      case 'surface':
        if (typeof target === 'number') {
          if (frame && !attachToLastNP) frame.surface = target;
          else for (const g of this.lastNP) this.place(g, 'on', target);
        }
        keepLast();
        return;
      case 'source':
        // "knocks a glass off the table", "an orange rolls off the table": the thing starts on it.
        if (typeof target === 'number') {
          if (this.lastWasNP && this.lastNP.length > 0) for (const g of this.lastNP) this.place(g, 'on', target);
          else if (frame) frame.source = target;
        }
        keepLast();
        return;
      case 'agent':
        if (frame && typeof target === 'number' && (frame.passive || this.chunks[frame.item]?.firstTags.has('PastTense'))) {
          frame.agent.push(...(result as { groups: number[] }).groups);
        } else if (typeof target === 'number') {
          if (attachToLastNP) for (const g of this.lastNP) this.place(g, 'next-to', target);
          else if (frame) frame.relation ??= { relation: 'next-to', target };
        }
        keepLast();
        return;
      case 'with':
        if ('groups' in result) {
          if (frame && frame.objects.length === 0 && !attachToLastNP) {
            frame.objects.push(...result.groups);
          } else if (this.lastNP.length > 0) {
            for (const g of result.groups) this.place(g, 'next-to', this.lastNP[0]!);
          }
        }
        keepLast();
        return;
      case 'of':
        if ('groups' in result && this.lastFramingItem >= 0 && prep.item === this.lastFramingItem + 1) {
          this.reading.cameraSubject = result.groups[0];
        }
        if ('groups' in result && c.frames.length === 0) {
          for (const g of result.groups) if (!c.subjects.includes(g)) c.subjects.push(g);
        }
        keepLast();
        return;
    }
  }

  // ---- finishing ------------------------------------------------------------------------------

  private finish(): void {
    const r = this.reading;
    // The main subject: the first group that is the subject of something, else the first group.
    let main: number | undefined;
    for (const c of this.clauses) {
      for (const f of c.frames) {
        if (Array.isArray(f.subjects) && f.subjects.length > 0 && f.sense !== 'ignored') {
          main ??= f.subjects[0];
        }
      }
      if (main === undefined && c.subjects.length > 0) main = c.subjects[0];
    }
    if (main === undefined && r.groups.length > 0) main = 0;
    if (main !== undefined) r.mainGroup = main;

    for (const f of this.frames) this.finishFrame(f, main);
    for (const p of this.participles) {
      if (!r.actions.some((a) => a.group === p.group)) r.actions.push({ group: p.group, type: p.sense.type, members: 'all' });
    }

    // Ungrounded: content words nothing used, in prompt order, then notes.
    const out: string[] = [];
    const seen = new Set<string>();
    const push = (w: string) => {
      if (w && !seen.has(w)) {
        seen.add(w);
        out.push(w);
      }
    };
    this.chunks.forEach((c, i) => {
      const listed = this.listed.get(i);
      if (listed !== undefined) return push(listed);
      if (this.used[i]) return;
      const role = this.roles[i];
      if (!role) return;
      if (role.r === 'function' || role.r === 'determiner') return;
      if (role.r === 'sense' && role.senses.every((s) => s.cat === 'stop')) return;
      if (role.r === 'sense' && role.senses.some((s) => ['prep', 'relation', 'and', 'relative', 'pronoun', 'copula', 'definite', 'clauseBreak', 'sequence', 'heightBefore', 'timeAfter', 'timeFor', 'unit'].includes(s.cat))) return;
      if (c.tags.has('Pronoun') || c.tags.has('Determiner') || c.tags.has('Preposition') || c.tags.has('Conjunction')) return;
      push(c.normal);
    });
    for (const n of this.notes) push(n);
    r.ungrounded = out;
  }

  private finishFrame(f: Frame, main: number | undefined): void {
    const r = this.reading;
    const sense = f.sense;
    if (sense === 'ignored') return;
    const subjects = f.subjects === 'main' ? (main === undefined ? [] : [main]) : f.subjects;
    if (sense === 'unknown') {
      // An unknown verb still places things: "puts a book on the table".
      if (f.relation) {
        const movers = f.objects.length > 0 ? f.objects : subjects;
        for (const g of movers) this.place(g, f.relation.relation, f.relation.target);
      }
      return;
    }
    const start = f.start ?? f.clause.start;
    const sequence = f.clause.sequence;
    if (sense.cat === 'move' || sense.cat === 'cameraVerb') {
      const move: MoveReading = { type: sense.move };
      if (sense.cat === 'move' && sense.amount !== undefined) move.amount = sense.amount;
      if (f.speedFactor !== undefined) move.speedFactor = f.speedFactor;
      const d = f.direction?.name;
      if (d === 'left' || d === 'down' || d === 'away') move.sign = -1;
      const target = f.objects[0] ?? f.targets[0] ?? (typeof f.relation?.target === 'number' ? f.relation.target : undefined);
      if (target !== undefined) move.target = target;
      const previous = r.moves[r.moves.length - 1];
      if (previous && previous.type === move.type && f.clause === this.moveClause) {
        // "tracking shot following the man" is one move.
        previous.target ??= move.target;
        previous.speedFactor ??= move.speedFactor;
        previous.sign ??= move.sign;
        previous.amount ??= move.amount;
      } else {
        r.moves.push(move);
      }
      this.moveClause = f.clause;
      if ((move.type === 'follow' || move.type === 'orbit' || move.type === 'dolly-in') && target !== undefined && r.cameraSubject === undefined) {
        r.cameraSubject = target;
      }
      return;
    }
    let movers: number[];
    let target: number | undefined;
    if (f.agent.length > 0 && sense.object !== 'patient') {
      movers = f.agent;
      target = subjects[0];
    } else if (sense.object === 'patient' && f.objects.length > 0) {
      movers = f.objects;
    } else {
      movers = subjects;
      if (f.objects.length > 0) target = f.objects[0];
    }
    target ??= f.targets[0];
    if (sense.objectAction && f.objects.length > 0 && sense.object !== 'patient') {
      for (const g of f.objects) {
        this.pushAction({ group: g, type: sense.objectAction, members: 'all', ...(start !== undefined ? { start } : {}) }, sequence);
      }
    }
    if (f.relation) {
      const { relation, target: t } = f.relation;
      if (DROP_ACTIONS.has(sense.type) && (relation === 'on' || relation === 'in' || relation === 'above')) {
        for (const g of movers) this.place(g, 'above', t);
        if (typeof t === 'number') target ??= t;
      } else if (STATIONARY_ACTIONS.has(sense.type)) {
        for (const g of movers) this.place(g, relation, t);
      } else if (typeof t === 'number') {
        target ??= t;
      }
    }
    if (f.source !== undefined) for (const g of movers) this.place(g, 'on', f.source);
    if (f.surface !== undefined) for (const g of movers) this.place(g, 'on', f.surface);
    const chain = (g: number) =>
      this.lexicon.chainReactionKinds.includes(r.groups[g]!.kind) && ['topple', 'fall', 'push'].includes(sense.type);
    for (const g of movers) {
      const a: ActionReading = { group: g, type: sense.type, members: chain(g) ? 'first' : 'all' };
      if (target !== undefined && target !== g) a.target = target;
      if (f.direction) a.direction = f.direction.vector;
      if (f.speedFactor !== undefined) a.speedFactor = f.speedFactor;
      if (f.height !== undefined) a.height = f.height;
      if (start !== undefined) a.start = start;
      if (f.duration !== undefined) a.duration = f.duration;
      this.pushAction(a, sequence);
    }
  }

  private pushAction(a: ActionReading, sequence: number): void {
    if (a.start === undefined && sequence > 0) a.sequence = sequence;
    this.reading.actions.push(a);
  }
}

/** "the duck" can mean "a rubber duck": the last word of one label names the other. */
export function sameHead(existing: string, mention: string): boolean {
  const a = existing.toLowerCase();
  const b = mention.toLowerCase();
  return a === b || a.endsWith(` ${b}`);
}

function clampSize(s: number): number {
  return Math.min(20, Math.max(0.05, s));
}

function singularPhrase(word: string): string {
  return singularOf(word);
}

/** Scale that makes a kind `metres` tall (vertical) or across (its largest dimension). */
export function sizeFromMeasure(kind: string, metres: number, vertical: boolean): number {
  const k = KINDS[kind];
  if (!k) return 1;
  const c = k.collider;
  const dims: [number, number, number] =
    c.shape === 'ball' ? [2 * c.radius, 2 * c.radius, 2 * c.radius]
    : c.shape === 'box' ? [c.size[0], c.size[1], c.size[2]]
    : c.shape === 'cylinder' ? [2 * c.radius, c.height, 2 * c.radius]
    : [2 * c.radius, c.height, 2 * c.radius];
  const nominal = vertical ? dims[1] : Math.max(...dims);
  return metres / nominal;
}

