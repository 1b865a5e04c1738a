/** A rough language guess from common short words (en, de, fr, es); undefined when nothing is telling. Pure. */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'a', 'and', 'of', 'in', 'on', 'with', 'is', 'my', 'to', 'at', 'it', 'an', 'from', 'for', 'into', 'over'],
  de: ['der', 'die', 'das', 'und', 'ein', 'eine', 'einen', 'mit', 'auf', 'im', 'ist', 'mein', 'meine', 'von', 'zu', 'den', 'dem', 'am', 'ueber', 'uber'],
  fr: ['le', 'la', 'les', 'et', 'un', 'une', 'des', 'du', 'avec', 'sur', 'dans', 'mon', 'ma', 'est', 'au', 'sous'],
  es: ['el', 'la', 'los', 'las', 'y', 'un', 'una', 'con', 'en', 'sobre', 'mi', 'es', 'del', 'al', 'por', 'para'],
};

export function guessLanguage(tokens: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    const set = new Set(words);
    const score = tokens.reduce((n, t) => n + (set.has(t) ? 1 : 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
