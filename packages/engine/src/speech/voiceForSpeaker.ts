/**
 * A voice per speaker, derived from its kind, the words that named it and its id: the same
 * character always sounds the same, different characters sound different. Men, women and
 * children get matching variants and pitch; robots a monotone voice through a ring modulator;
 * astronauts a radio; animals pitch- and formant-shifted voices; the narrator a calm voice.
 * A line's own `voice` settings override the derived ones.
 */
import type { VoiceSettings } from '../plan/speechSchema.ts';
import { hashString } from '../random/createRandom.ts';
import type { SpeakerVoice } from './SpeakerVoice.ts';

export interface SpeakerDescription {
  /** Entity id, or "narrator". */
  id: string;
  /** Ontology kind ("person", "robot", "dog"); omitted for the narrator. */
  kind?: string;
  /** The words that named it ("old woman", "little boy"). */
  label?: string;
  name?: string;
}

const MALE_VARIANTS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
const FEMALE_VARIANTS = ['f1', 'f2', 'f3', 'f4', 'f5'];
const FEMALE_WORDS = /\b(woman|women|girl|lady|ladies|mother|mom|mum|grandma|grandmother|queen|princess|sister|daughter|wife|aunt|nun|witch|actress|waitress|frau|mädchen|mujer|niña|femme|fille|donna|ragazza)\b/i;
const MALE_WORDS = /\b(man|men|boy|guy|gentleman|father|dad|grandpa|grandfather|king|prince|brother|son|husband|uncle|monk|wizard|actor|waiter|mann|junge|hombre|niño|homme|garçon|uomo|ragazzo)\b/i;
const CHILD_WORDS = /\b(child|children|kid|kids|boy|girl|baby|toddler|little|kind|mädchen|junge|niño|niña|enfant|bambino)\b/i;
const OLD_WORDS = /\b(old|elderly|grandma|grandmother|grandpa|grandfather|alte|alter)\b/i;

/** The derived voice for a speaker, with any explicit settings applied on top. */
export function voiceForSpeaker(speaker: SpeakerDescription, settings: VoiceSettings = {}): SpeakerVoice {
  const h = hashString(`voice:${speaker.id}`);
  const pick = <T>(items: readonly T[], salt: number): T => items[((h >>> salt) % items.length) >>> 0]!;
  const jitter = (salt: number, span: number): number => Math.round((((h >>> salt) & 0xff) / 255 - 0.5) * 2 * span);
  const words = `${speaker.label ?? ''} ${speaker.name ?? ''}`;
  let voice: SpeakerVoice;
  switch (speaker.kind) {
    case undefined:
      voice = { variant: pick(['m1', 'm3', 'f2', 'f3'], 3), rate: 160, pitch: 48 + jitter(9, 3), range: 45, effect: 'none', shift: 1 };
      break;
    case 'robot':
      voice = { variant: pick(['m3', 'm7', 'klatt', 'f1'], 5), rate: 150 + jitter(11, 10), pitch: 30 + jitter(7, 8), range: 5, effect: 'robot', shift: 1 };
      break;
    case 'dog':
    case 'horse':
      voice = { variant: pick(['croak', 'm1', 'm6'], 4), rate: 155 + jitter(8, 10), pitch: 22 + jitter(12, 6), range: 60, effect: 'none', shift: speaker.kind === 'horse' ? 0.86 : 0.93 };
      break;
    case 'cat':
    case 'bird':
    case 'fish':
      voice = { variant: pick(FEMALE_VARIANTS, 6), rate: 150 + jitter(8, 10), pitch: 70 + jitter(12, 8), range: 80, effect: 'none', shift: speaker.kind === 'bird' ? 1.32 : 1.15 };
      break;
    default: {
      const female = FEMALE_WORDS.test(words) ? true : MALE_WORDS.test(words) ? false : (h & 1) === 1;
      const child = CHILD_WORDS.test(words);
      const old = OLD_WORDS.test(words);
      const variant = female ? pick(FEMALE_VARIANTS, 3) : pick(MALE_VARIANTS, 3);
      const pitch = (child ? 78 : female ? 58 : 40) + (old ? -6 : 0) + jitter(9, 7);
      const rate = (child ? 185 : old ? 150 : 168) + jitter(17, 10);
      voice = { variant, rate, pitch, range: child ? 70 : 50, effect: speaker.kind === 'astronaut' ? 'radio' : 'none', shift: child ? 1.08 : 1 };
    }
  }
  return {
    ...voice,
    ...(settings.variant !== undefined ? { variant: settings.variant } : {}),
    ...(settings.rate !== undefined ? { rate: settings.rate } : {}),
    ...(settings.pitch !== undefined ? { pitch: settings.pitch } : {}),
    ...(settings.effect !== undefined ? { effect: settings.effect } : {}),
  };
}
