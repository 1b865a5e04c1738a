/**
 * Spoken lines written by hand for tests: phonemes as espeak-ng reports them ("h ə l ˈoʊ"),
 * each given a duration, laid end to end from `start`; "" is a pause.
 */
import type { SpokenLine } from '../../timeline/Timeline.ts';
import { seconds } from '../../units/units.ts';

export function spokenLine(speaker: string, start: number, phonemes: readonly (readonly [phoneme: string, duration: number])[], text = 'test'): SpokenLine {
  let t = start;
  const out: SpokenLine['phonemes'] = [];
  for (const [phoneme, duration] of phonemes) {
    if (phoneme !== '') out.push({ phoneme, start: seconds(t), end: seconds(t + duration) });
    t += duration;
  }
  return { speaker, text, language: 'en', start: seconds(start), end: seconds(t), words: [{ text, start: seconds(start), end: seconds(t) }], phonemes: out };
}

/** "Hello there, my name is Robo. Put the book back, please." with espeak-ng's en-us timings (s). */
export const HELLO_PHONEMES: readonly (readonly [string, number])[] = [
  ['h', 0.051], ['ə', 0.05], ['l', 0.072], ['ˈoʊ', 0.133], ['ð', 0.087], ['ˈɛɹ', 0.302], ['', 0.15],
  ['m', 0.072], ['aɪ', 0.066], ['n', 0.078], ['ˈeɪ', 0.102], ['m', 0.058], ['ɪ', 0.04], ['z', 0.076],
  ['ɹ', 0.064], ['ˈoʊ', 0.148], ['b', 0.066], ['oʊ', 0.12], ['', 0.34],
  ['p', 0.033], ['ˌʊ', 0.112], ['t', 0.057], ['ð', 0.05], ['ə', 0.049], ['b', 0.067], ['ˈʊ', 0.136],
  ['k', 0.077], ['b', 0.035], ['ˈæ', 0.23], ['k', 0.045], ['', 0.199],
  ['p', 0.038], ['l', 0.116], ['ˈiː', 0.177], ['z', 0.1],
];
