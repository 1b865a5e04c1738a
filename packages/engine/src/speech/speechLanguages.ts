/**
 * The languages Klappe speaks: a language tag, its eSpeak NG voice, and the words a prompt uses
 * to ask for it ("in German", "auf Deutsch", "en español"). Every entry is tested to synthesise
 * non-silent speech (speechLanguages.test.ts).
 */
export interface SpeechLanguage {
  /** Language tag as written in plans ("de", "pt-BR", "zh"). */
  tag: string;
  /** English name. */
  name: string;
  /** eSpeak NG voice name. */
  espeak: string;
  /** Lower-case phrases that ask for this language in a prompt. */
  phrases: string[];
  /** Written right to left. */
  rtl?: boolean;
  /** Written without spaces between words (captions may break between any two characters). */
  noSpaces?: boolean;
  /** A short sentence used by tests and examples. */
  sample: string;
}

export const SPEECH_LANGUAGES: readonly SpeechLanguage[] = [
  { tag: 'en', name: 'English', espeak: 'en-us', phrases: ['in english'], sample: 'Hello, where is the station?' },
  { tag: 'en-GB', name: 'British English', espeak: 'en-gb', phrases: ['in british english'], sample: 'Good morning, lovely weather.' },
  { tag: 'de', name: 'German', espeak: 'de', phrases: ['in german', 'auf deutsch', 'in deutsch'], sample: 'Guten Tag, wo ist der Bahnhof?' },
  { tag: 'fr', name: 'French', espeak: 'fr', phrases: ['in french', 'en français', 'en francais'], sample: 'Bonjour, où est la gare ?' },
  { tag: 'es', name: 'Spanish', espeak: 'es', phrases: ['in spanish', 'en español', 'en espanol', 'auf spanisch'], sample: 'Hola, ¿dónde está la estación?' },
  { tag: 'it', name: 'Italian', espeak: 'it', phrases: ['in italian', 'in italiano', 'auf italienisch'], sample: 'Ciao, dov\'è la stazione?' },
  { tag: 'pt', name: 'Portuguese', espeak: 'pt', phrases: ['in portuguese', 'em português', 'em portugues', 'auf portugiesisch'], sample: 'Olá, onde fica a estação?' },
  { tag: 'pt-BR', name: 'Brazilian Portuguese', espeak: 'pt-br', phrases: ['in brazilian portuguese'], sample: 'Oi, tudo bem com você?' },
  { tag: 'nl', name: 'Dutch', espeak: 'nl', phrases: ['in dutch', 'in het nederlands', 'auf niederländisch'], sample: 'Hallo, waar is het station?' },
  { tag: 'pl', name: 'Polish', espeak: 'pl', phrases: ['in polish', 'po polsku', 'auf polnisch'], sample: 'Dzień dobry, gdzie jest dworzec?' },
  { tag: 'tr', name: 'Turkish', espeak: 'tr', phrases: ['in turkish', 'türkçe', 'auf türkisch'], sample: 'Merhaba, istasyon nerede?' },
  { tag: 'ru', name: 'Russian', espeak: 'ru', phrases: ['in russian', 'по-русски', 'auf russisch'], sample: 'Здравствуйте, где вокзал?' },
  { tag: 'uk', name: 'Ukrainian', espeak: 'uk', phrases: ['in ukrainian', 'українською', 'auf ukrainisch'], sample: 'Добрий день, де вокзал?' },
  { tag: 'zh', name: 'Mandarin', espeak: 'cmn', phrases: ['in mandarin', 'in chinese', '用中文', '说中文', 'auf chinesisch'], noSpaces: true, sample: '你好，车站在哪里？' },
  { tag: 'ja', name: 'Japanese', espeak: 'ja', phrases: ['in japanese', '日本語で', 'auf japanisch'], noSpaces: true, sample: 'こんにちは、えきはどこですか？' },
  { tag: 'ko', name: 'Korean', espeak: 'ko', phrases: ['in korean', '한국어로', 'auf koreanisch'], sample: '안녕하세요, 역이 어디예요?' },
  { tag: 'hi', name: 'Hindi', espeak: 'hi', phrases: ['in hindi', 'हिंदी में', 'auf hindi'], sample: 'नमस्ते, स्टेशन कहाँ है?' },
  { tag: 'ar', name: 'Arabic', espeak: 'ar', phrases: ['in arabic', 'بالعربية', 'auf arabisch'], rtl: true, sample: 'مرحبا، أين المحطة؟' },
  { tag: 'he', name: 'Hebrew', espeak: 'he', phrases: ['in hebrew', 'בעברית', 'auf hebräisch'], rtl: true, sample: 'שלום, איפה התחנה?' },
  { tag: 'sv', name: 'Swedish', espeak: 'sv', phrases: ['in swedish', 'på svenska', 'auf schwedisch'], sample: 'Hej, var ligger stationen?' },
  { tag: 'da', name: 'Danish', espeak: 'da', phrases: ['in danish', 'på dansk', 'auf dänisch'], sample: 'Hej, hvor er stationen?' },
  { tag: 'fi', name: 'Finnish', espeak: 'fi', phrases: ['in finnish', 'suomeksi', 'auf finnisch'], sample: 'Hei, missä asema on?' },
  { tag: 'cs', name: 'Czech', espeak: 'cs', phrases: ['in czech', 'česky', 'auf tschechisch'], sample: 'Dobrý den, kde je nádraží?' },
  { tag: 'el', name: 'Greek', espeak: 'el', phrases: ['in greek', 'στα ελληνικά', 'auf griechisch'], sample: 'Γεια σας, πού είναι ο σταθμός;' },
  { tag: 'hu', name: 'Hungarian', espeak: 'hu', phrases: ['in hungarian', 'magyarul', 'auf ungarisch'], sample: 'Jó napot, hol van az állomás?' },
  { tag: 'ro', name: 'Romanian', espeak: 'ro', phrases: ['in romanian', 'în română', 'auf rumänisch'], sample: 'Bună ziua, unde este gara?' },
  { tag: 'id', name: 'Indonesian', espeak: 'id', phrases: ['in indonesian', 'dalam bahasa indonesia', 'auf indonesisch'], sample: 'Halo, di mana stasiunnya?' },
  { tag: 'vi', name: 'Vietnamese', espeak: 'vi', phrases: ['in vietnamese', 'bằng tiếng việt', 'auf vietnamesisch'], sample: 'Xin chào, nhà ga ở đâu?' },
  { tag: 'th', name: 'Thai', espeak: 'th', phrases: ['in thai', 'เป็นภาษาไทย', 'auf thailändisch'], noSpaces: true, sample: 'สวัสดี สถานีอยู่ที่ไหน' },
];

const byTag = new Map(SPEECH_LANGUAGES.map((l) => [l.tag.toLowerCase(), l]));

/** The language entry for a tag: exact ("pt-BR"), else its primary subtag ("de-AT" → "de"); "cmn" → Mandarin. */
export function speechLanguageOf(tag: string): SpeechLanguage | undefined {
  const lower = tag.toLowerCase();
  const primary = lower.split('-')[0]!;
  return byTag.get(lower) ?? byTag.get(primary === 'cmn' ? 'zh' : primary);
}

/** The eSpeak NG voice for a tag; unknown tags speak English rather than fail. */
export function espeakVoiceOf(tag: string): string {
  return speechLanguageOf(tag)?.espeak ?? 'en-us';
}
