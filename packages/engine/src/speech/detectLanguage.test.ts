import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './detectLanguage.ts';

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['Where is the station?', 'en'],
    ['Wo ist der Bahnhof? Ich weiß es nicht.', 'de'],
    ['Bonjour, où est la gare ?', 'fr'],
    ['¿Dónde está la estación?', 'es'],
    ['Ciao, dove è la stazione?', 'it'],
    ['Olá, onde fica a estação?', 'pt'],
    ['Hallo, waar is het station?', 'nl'],
    ['Dzień dobry, gdzie jest dworzec?', 'pl'],
    ['Merhaba, istasyon nerede?', 'tr'],
    ['Здравствуйте, где вокзал?', 'ru'],
    ['Добрий день, де вокзал? Він там.', 'uk'],
    ['你好，车站在哪里？', 'zh'],
    ['こんにちは、えきはどこですか？', 'ja'],
    ['안녕하세요', 'ko'],
    ['नमस्ते, स्टेशन कहाँ है?', 'hi'],
    ['مرحبا، أين المحطة؟', 'ar'],
    ['שלום, איפה התחנה?', 'he'],
    ['Γεια σας', 'el'],
  ];
  for (const [text, tag] of cases) it(`${tag}: ${text}`, () => assert.equal(detectLanguage(text), tag));

  it('gives no answer without evidence', () => {
    assert.equal(detectLanguage('123 !!'), undefined);
    assert.equal(detectLanguage('Zorblax'), undefined);
  });
});
