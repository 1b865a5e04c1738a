/**
 * The language of a piece of text, from its script and, for Latin and Cyrillic text, from
 * frequent short words and letters only one language uses. Returns a tag of SPEECH_LANGUAGES,
 * or undefined when the text gives no evidence (a name, a number).
 */
const SCRIPTS: readonly [RegExp, string][] = [
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\uac00-\ud7af\u1100-\u11ff]/, 'ko'],
  [/[\u4e00-\u9fff\u3400-\u4dbf]/, 'zh'],
  [/[\u0600-\u06ff\u0750-\u077f]/, 'ar'],
  [/[\u0590-\u05ff]/, 'he'],
  [/[\u0900-\u097f]/, 'hi'],
  [/[\u0e00-\u0e7f]/, 'th'],
  [/[\u0370-\u03ff]/, 'el'],
];

/** Frequent words per language (lower case); a word listed for several languages counts for each. */
const WORDS: Readonly<Record<string, string>> = {
  en: 'the a an is are was i you he she it we they this that what where who how hello hi yes no not and of to in my your please thank thanks good',
  de: 'der die das ist sind ich du er sie es wir ihr nicht und ein eine wo was wer wie hallo ja nein bitte danke gut guten tag mein dein mit auf für ist',
  fr: 'le la les est sont je tu il elle nous vous ils ne pas et un une où qui quoi comment bonjour salut oui non merci bien mon ton avec pour c\'est',
  es: 'el la los las es son yo tú él ella nosotros no y un una dónde donde qué quién cómo hola sí gracias bien mi tu con para está estoy',
  it: 'il lo la gli le è sono io tu lui lei noi non e un una dove che chi come ciao sì grazie bene mio tuo con per sei',
  pt: 'o a os as é são eu tu ele ela nós não e um uma onde que quem como olá oi sim obrigado obrigada bem meu teu com para você está',
  nl: 'de het een is zijn ik jij hij zij wij niet en waar wat wie hoe hallo ja nee dank goed mijn jouw met voor',
  pl: 'jest są ja ty on ona my nie i w na gdzie co kto jak cześć tak dziękuję dobrze mój twój z dla się to dzień dobry',
  tr: 've bir bu ne nerede kim nasıl merhaba evet hayır teşekkürler iyi benim senin ile için değil mi var yok',
  sv: 'och en ett är jag du han hon vi inte var vad vem hur hej ja nej tack bra min din med för det',
  da: 'og en et er jeg du han hun vi ikke hvor hvad hvem hvordan hej ja nej tak godt min din med for det',
  fi: 'ja on ei minä sinä hän me missä mitä kuka miten hei kyllä kiitos hyvä minun sinun kanssa se',
  cs: 'a je jsou já ty on ona my ne kde co kdo jak ahoj ano děkuji dobře můj tvůj s pro to den dobrý',
  hu: 'a az és van nem én te ő mi hol mit ki hogy szia igen köszönöm jó az egy',
  ro: 'și este sunt eu tu el ea noi nu un o unde ce cine cum bună da mulțumesc bine meu tău cu pentru',
  id: 'dan ini itu saya kamu dia kami tidak di mana apa siapa bagaimana halo ya terima kasih baik dengan untuk',
  vi: 'và là tôi bạn anh chị không ở đâu gì ai thế nào xin chào vâng cảm ơn tốt với cho',
};

/** Letters that (almost) only one of the Latin-script languages uses. */
const LETTERS: readonly [RegExp, string][] = [
  [/[ßäöü]/, 'de'],
  [/[ñ¿¡]/, 'es'],
  [/[ãõ]/, 'pt'],
  [/[çœ]|[èêëîôûù]/, 'fr'],
  [/[ąęłńśźż]/, 'pl'],
  [/[ğış]/, 'tr'],
  [/[åø]/, 'sv'],
  [/[ěřůčšž]/, 'cs'],
  [/[őű]/, 'hu'],
  [/[țșăâ]/, 'ro'],
  [/[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/, 'vi'],
];

const wordSets = Object.fromEntries(Object.entries(WORDS).map(([tag, list]) => [tag, new Set(list.split(' '))]));

export function detectLanguage(text: string): string | undefined {
  for (const [re, tag] of SCRIPTS) if (re.test(text)) return tag;
  const lower = text.toLowerCase();
  if (/[\u0400-\u04ff]/.test(lower)) return /[іїєґ]/.test(lower) ? 'uk' : 'ru';
  const words = lower.match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0) return undefined;
  const score: Record<string, number> = {};
  for (const w of words) for (const [tag, set] of Object.entries(wordSets)) if (set.has(w)) score[tag] = (score[tag] ?? 0) + 1;
  for (const [re, tag] of LETTERS) if (re.test(lower)) score[tag] = (score[tag] ?? 0) + 1.5;
  // Danish and Swedish share å and ø only partly: æ is Danish/Norwegian.
  if (/æ/.test(lower)) score.da = (score.da ?? 0) + 1.5;
  let best: string | undefined;
  let bestScore = 0;
  // Fixed order (English first) breaks ties deterministically.
  for (const tag of ['en', ...Object.keys(WORDS).filter((t) => t !== 'en')]) {
    const s = score[tag] ?? 0;
    if (s > bestScore) {
      best = tag;
      bestScore = s;
    }
  }
  return best;
}
