/**
 * Speech in a prompt, read before the scene is: quoted lines with the phrase naming who says
 * them (`a robot says "hello"`, `the woman asks: "where is the station?"`, `"hi," says the
 * boy`), narration (`narrator: …`, `voice-over: …`) and the language asked for ("in German",
 * "auf Deutsch", "en español", "speaking French"). What remains — the description — is what
 * the scene parser reads: quoted words never become props or ungrounded words.
 */
import { SPEECH_LANGUAGES } from '../speech/speechLanguages.ts';

export interface SpokenReading {
  /** Who says it, as the prompt names them ("a robot", "the woman", "he"); "narrator"; or undefined when unsaid. */
  speaker: string | undefined;
  text: string;
}

export interface SpeechReading {
  /** The prompt without quoted speech, speech verbs, narration and language phrases. */
  description: string;
  lines: SpokenReading[];
  /** Language tag the prompt asks for. */
  language?: string;
}

const SPEECH_VERBS =
  'says|said|say|asks|asked|ask|replies|replied|reply|answers|answered|answer|shouts|shouted|shout|yells|yelled|whispers|whispered|whisper|exclaims|exclaimed|sings|sang|calls|called|cries|cried|adds|added|mutters|muttered|responds|responded|tells|told|speaks|spoke|announces|announced|goes|sagt|fragt|antwortet|ruft|flüstert|dice|pregunta|responde|grita|dit|demande|répond|crie';
const VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'iu');
const TALK_WORDS = /\b(?:talks?|talking|chats?|chatting|converses?|conversing|speaks?|speaking|have a conversation|having a conversation|with each other|to each other)\b/giu;
const NARRATION = /\b(?:narrator|narration|voice-?over|voice over|erzähler(?:in)?|sprecher(?:in)?)\s*:\s*/giu;
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '„': '“', '«': '»', '»': '«', '「': '」', '『': '』', '”': '”' };
const CLAUSE_SPLIT = /[.;!?]|,|\b(?:and|then|while|but|so|und|dann)\b/iu;
const SUBJECT_STOP = /^(?:in|on|at|with|to|from|by|into|inside|near|who|that|which|talks?|talking|chats?|speaks?|speaking|looks?|turns?|stands?|sits?|is|are)$/iu;
const LEADING_FILLER = /^(?:\s*(?:and|then|while|but|so|after that|und|dann)\b)+/iu;

interface Quote {
  open: number;
  close: number;
  text: string;
}

function findQuotes(prompt: string): Quote[] {
  const quotes: Quote[] = [];
  for (let i = 0; i < prompt.length; i++) {
    const closer = QUOTES[prompt[i]!];
    if (closer === undefined) continue;
    let end = prompt.indexOf(closer, i + 1);
    // „…” is common too.
    if (end < 0 && prompt[i] === '„') end = prompt.indexOf('”', i + 1);
    if (end < 0) continue;
    const text = prompt.slice(i + 1, end).trim();
    if (text) quotes.push({ open: i, close: end + 1, text });
    i = end;
  }
  return quotes;
}

/** Language phrases, longest first so "in brazilian portuguese" wins over "in portuguese". */
const LANGUAGE_PHRASES = SPEECH_LANGUAGES.flatMap((l) => [
  ...l.phrases.map((p) => ({ phrase: p, tag: l.tag })),
  { phrase: `speaking ${l.name.toLowerCase()}`, tag: l.tag },
  { phrase: `speaks ${l.name.toLowerCase()}`, tag: l.tag },
  { phrase: `${l.name.toLowerCase()}-speaking`, tag: l.tag },
]).sort((a, b) => b.phrase.length - a.phrase.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function readSpeech(prompt: string): SpeechReading {
  const cut: [number, number][] = [];
  const found: { at: number; line: SpokenReading }[] = [];
  const quotes = findQuotes(prompt);
  const inQuote = (i: number) => quotes.some((q) => i >= q.open && i < q.close);

  // Narration: "narrator: …" — a quote right after it, or the rest of the line.
  const narrated = new Set<Quote>();
  for (const m of prompt.matchAll(NARRATION)) {
    if (inQuote(m.index)) continue;
    const from = m.index + m[0].length;
    const quote = quotes.find((q) => q.open === from);
    if (quote) {
      narrated.add(quote);
      found.push({ at: from, line: { speaker: 'narrator', text: quote.text } });
      cut.push([m.index, quote.close]);
    } else {
      const nl = prompt.indexOf('\n', from);
      const to = nl < 0 ? prompt.length : nl;
      const text = prompt.slice(from, to).trim();
      if (text) found.push({ at: from, line: { speaker: 'narrator', text } });
      cut.push([m.index, to]);
      for (const q of quotes) if (q.open >= from && q.open < to) narrated.add(q);
    }
  }

  let previousEnd = 0;
  for (const q of quotes) {
    if (narrated.has(q)) {
      previousEnd = q.close;
      continue;
    }
    cut.push([q.open, q.close]);
    let speaker: string | undefined;
    let scanFrom = q.close;
    // Before the quote: "<subject> <verb> [to …][:,]" or "<subject>:".
    const before = prompt.slice(previousEnd, q.open);
    const trimmed = before.replace(/[\s:,]+$/u, '');
    const verbs = [...trimmed.matchAll(new RegExp(VERB.source, 'giu'))];
    const lastVerb = verbs[verbs.length - 1];
    const afterVerb = lastVerb ? trimmed.slice(lastVerb.index + lastVerb[0].length) : '';
    const subjectBefore = lastVerb ? lastSubject(trimmed.slice(0, lastVerb.index)) : undefined;
    if (lastVerb && subjectBefore && !/[.!?]/u.test(afterVerb) && afterVerb.split(/\s+/).filter(Boolean).length <= 3) {
      speaker = subjectBefore;
      cut.push([previousEnd + lastVerb.index, previousEnd + trimmed.length + (before.length - trimmed.length)]);
    } else if (/:\s*$/u.test(before)) {
      const subject = lastSubject(trimmed);
      if (subject) speaker = subject;
      cut.push([previousEnd + trimmed.length, q.open]);
    }
    // After the quote: `, says the boy` or `, the boy says`.
    if (speaker === undefined) {
      const after = prompt.slice(q.close);
      const inverted = new RegExp(`^[\\s,.!?]*(${SPEECH_VERBS})\\s+((?:the|a|an|his|her|their)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?|[\\p{Lu}][\\p{L}-]*|he|she|it)`, 'iu').exec(after);
      const normal = new RegExp(`^[\\s,.!?]*((?:the|a|an|his|her|their)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?|he|she|it)\\s+(${SPEECH_VERBS})\\b`, 'iu').exec(after);
      if (inverted) {
        speaker = inverted[2]!.replace(new RegExp(`\\s+(?:${SPEECH_VERBS}|and|then)$`, 'iu'), '');
        const verbAt = q.close + inverted[0].indexOf(inverted[1]!);
        cut.push([verbAt, verbAt + inverted[1]!.length]);
        scanFrom = q.close + inverted[0].length;
      } else if (normal) {
        speaker = normal[1]!;
        const verbAt = q.close + normal[0].lastIndexOf(normal[2]!);
        cut.push([verbAt, verbAt + normal[2]!.length]);
        scanFrom = q.close + normal[0].length;
      }
    }
    found.push({ at: q.open, line: { speaker, text: q.text } });
    previousEnd = Math.max(q.close, scanFrom);
  }

  // The language asked for, outside quotes.
  let language: string | undefined;
  const lower = prompt.toLowerCase();
  for (const { phrase, tag } of LANGUAGE_PHRASES) {
    const re = new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'gu');
    for (const m of lower.matchAll(re)) {
      if (inQuote(m.index) || cut.some(([a, b]) => m.index >= a && m.index < b)) continue;
      language ??= tag;
      cut.push([m.index, m.index + m[0].length]);
    }
  }

  let description = applyCuts(prompt, cut);
  if (found.length > 0) description = description.replace(TALK_WORDS, ' ');
  description = description
    .replace(/\s+([,.;:!?])/gu, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/gu, '$1')
    .replace(/^[\s,.;:]+/u, '')
    .replace(/[ \t]{2,}/gu, ' ')
    .trim();
  found.sort((a, b) => a.at - b.at);
  return { description, lines: found.map((f) => f.line), ...(language !== undefined ? { language } : {}) };
}

/** The subject at the end of `text`: the last clause, without leading "and"/"then". */
function lastSubject(text: string): string | undefined {
  const parts = text.split(CLAUSE_SPLIT);
  const last = (parts[parts.length - 1] ?? '').replace(LEADING_FILLER, '').trim();
  // The noun phrase: up to the first preposition or talking word ("two cats talk in a garden" → "two cats").
  const words = last.split(/\s+/u);
  const stop = words.findIndex((w, i) => i > 0 && SUBJECT_STOP.test(w));
  const subject = (stop < 0 ? words : words.slice(0, stop)).join(' ');
  return subject.length > 0 && subject.length <= 60 ? subject : undefined;
}

function applyCuts(text: string, cuts: [number, number][]): string {
  const keep = new Array<boolean>(text.length).fill(true);
  for (const [a, b] of cuts) for (let i = Math.max(0, a); i < Math.min(text.length, b); i++) keep[i] = false;
  let out = '';
  for (let i = 0; i < text.length; i++) out += keep[i] ? text[i] : i > 0 && keep[i - 1] ? ' ' : '';
  return out;
}
