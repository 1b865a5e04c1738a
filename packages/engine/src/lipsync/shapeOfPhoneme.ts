/**
 * Which mouth shapes an IPA phoneme (as espeak-ng reports it, in any language) is seen as:
 * vowels by openness and rounding, consonants by where they are made. A phoneme written with
 * several sounds (a diphthong "aɪ", an affricate "pf", an r-coloured vowel "ɛɹ") gives several
 * shapes, the first holding 60% of the phoneme's time and the others sharing the rest.
 */
import type { MouthShape } from '../render/models/characters/face/MouthShape.ts';

export interface PhonemeShape {
  shape: MouthShape;
  /** The shape when this sound is held long (a drawn-out schwa opens to C, "uh" to D, l shows the tongue). */
  long?: MouthShape;
  /** Share of the phoneme's duration, 0..1 (the shares of one phoneme add up to 1). */
  share: number;
}

/** How a sound is seen: a shape, or "like the sound after it" (h, glottal stops: the lips are free). */
type Seen = MouthShape | 'next';

const VOWELS: Readonly<Record<string, MouthShape>> = {
  // Close unrounded (bee, bit): teeth nearly together.
  i: 'B', ɪ: 'B', ɨ: 'B', ɯ: 'B', ɿ: 'B', ʅ: 'B',
  // Close rounded (boot, book, German ü): puckered.
  u: 'F', ʊ: 'F', y: 'F', ʏ: 'F', ʉ: 'F', ɷ: 'F',
  // Mid unrounded (bed, German e): open.
  e: 'C', ɘ: 'C', ɤ: 'C', ɛ: 'C', ɜ: 'C', ə: 'B', ɵ: 'E',
  // Mid rounded (off, French eau, German ö), r-coloured (bird): rounded.
  o: 'E', ø: 'E', ɔ: 'E', œ: 'E', ɞ: 'E', ɚ: 'E', ɝ: 'E',
  // Near-open and open (bat, but, father).
  æ: 'C', ʌ: 'C', ɐ: 'C', a: 'D', ä: 'D', ɑ: 'D', ɶ: 'D', ɒ: 'E',
};

const CONSONANTS: Readonly<Record<string, Seen>> = {
  // Both lips.
  p: 'A', b: 'A', m: 'A', ɸ: 'A', β: 'A', ʙ: 'A',
  // Upper teeth on the lower lip.
  f: 'G', v: 'G', ɱ: 'G', ʋ: 'G',
  // Rounded glides.
  w: 'F', ʍ: 'F', ɥ: 'F', ʷ: 'F',
  // The tongue raised behind the teeth: seen (H) only when held; a quick l barely opens the mouth.
  l: 'B', ɫ: 'B', ɬ: 'B', ɮ: 'B', ɭ: 'B', ʎ: 'B', ʟ: 'B', ɺ: 'B',
  // English r is said with rounded lips.
  ɹ: 'E', ɻ: 'E', ɚ: 'E',
  // Everything made further back: teeth together, lips slightly apart.
  t: 'B', d: 'B', n: 'B', s: 'B', z: 'B', θ: 'B', ð: 'B', ʃ: 'B', ʒ: 'B', ɕ: 'B', ʑ: 'B', ʂ: 'B', ʐ: 'B',
  c: 'B', ɟ: 'B', ɲ: 'B', ç: 'B', ʝ: 'B', j: 'B', k: 'B', g: 'B', ɡ: 'B', ŋ: 'B', x: 'B', ɣ: 'B', ɰ: 'B',
  q: 'B', ɢ: 'B', ɴ: 'B', χ: 'B', ʁ: 'B', r: 'B', ɾ: 'B', ɽ: 'B', ʀ: 'B', ʈ: 'B', ɖ: 'B', ɳ: 'B', ʄ: 'B',
  ɗ: 'B', ɠ: 'B', ǀ: 'B', ǃ: 'B', ǂ: 'B', ǁ: 'B', ħ: 'B', ʕ: 'B', ɧ: 'B',
  // Breath and glottal stops: the lips already take the next sound's shape.
  h: 'next', ɦ: 'next', ʔ: 'next', ʡ: 'next', ʜ: 'next', ʢ: 'next',
};

/** Sounds whose shape opens further when they are held long (Rhubarb's schwa, "uh" and L rules). */
const HELD: Readonly<Record<string, MouthShape>> = { ə: 'C', ʌ: 'D', ɐ: 'D', l: 'H', ɫ: 'H', ʎ: 'H', ɭ: 'H', ʟ: 'H', ɬ: 'H', ɮ: 'H', ɺ: 'H' };

/** Marks that change how a sound is said but not how the lips look: stress, length, tones, ties. */
const IGNORED = /[ˈˌːˑ'`‿͜͡ʰʲˠˤ˞ⁿˡ|‖.\-_0-9˥˦˧˨˩↗↘]/gu;

/** The letters of an IPA phoneme that carry a sound, marks and accents removed. */
export function ipaLetters(phoneme: string): string[] {
  const plain = phoneme.normalize('NFD').replace(/\p{M}/gu, '').replace(IGNORED, '');
  return [...plain].filter((ch) => ch.trim() !== '');
}

/** True when the letter is a vowel. */
export function isVowelLetter(letter: string): boolean {
  return Object.hasOwn(VOWELS, letter);
}

/** The shape a single IPA letter is seen as; 'next' for sounds the lips take no part in. */
function seenAs(letter: string): Seen | undefined {
  if (Object.hasOwn(VOWELS, letter)) return VOWELS[letter];
  if (Object.hasOwn(CONSONANTS, letter)) return CONSONANTS[letter];
  // Latin letters espeak uses in some voices (capital variants, small caps): by their lower case.
  const lower = letter.toLowerCase();
  if (lower !== letter) return seenAs(lower);
  return undefined;
}

/**
 * Shapes of one phoneme in order, with their shares; [] for a pause (empty id) and for
 * phonemes the lips take no part in when `next` is not given. `next` is the shape of the
 * following sound, used by h and glottal stops.
 */
export function shapesOfPhoneme(phoneme: string, next?: MouthShape): PhonemeShape[] {
  const letters = ipaLetters(phoneme);
  const shapes: { shape: MouthShape; long?: MouthShape }[] = [];
  for (const letter of letters) {
    const seen = seenAs(letter) ?? (letters.length === 1 ? 'B' : undefined);
    if (seen === undefined) continue;
    const shape = seen === 'next' ? next : seen;
    if (shape === undefined) continue;
    const long = Object.hasOwn(HELD, letter) ? HELD[letter] : undefined;
    if (shapes[shapes.length - 1]?.shape !== shape) shapes.push({ shape, ...(long ? { long } : {}) });
  }
  if (shapes.length === 0) return [];
  const rest = shapes.length > 1 ? 0.4 / (shapes.length - 1) : 0;
  return shapes.map((s, i) => ({ ...s, share: shapes.length === 1 ? 1 : i === 0 ? 0.6 : rest }));
}

/** True when the phoneme begins with the lips pressed together (p, b, m): they close early. */
export function startsClosed(phoneme: string): boolean {
  const first = ipaLetters(phoneme)[0];
  return first !== undefined && seenAs(first) === 'A';
}

/** True when the phoneme carries the sentence's stress (espeak marks it ˈ). */
export function isStressed(phoneme: string): boolean {
  return phoneme.includes('ˈ');
}

/** Stops: the mouth shuts (lips, or tongue and jaw) before the burst. */
const STOPS = new Set(['p', 'b', 't', 'd', 'k', 'g', 'ɡ', 'ʈ', 'ɖ', 'c', 'ɟ', 'q', 'ɢ', 'm']);

/** True when the phoneme begins by closing the mouth: p, b, m and the other stops (t, d, k, g…). */
export function startsWithClosure(phoneme: string): boolean {
  const first = ipaLetters(phoneme)[0];
  return first !== undefined && (STOPS.has(first) || seenAs(first) === 'A');
}
