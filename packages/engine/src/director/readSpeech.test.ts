import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSpeech } from './readSpeech.ts';

describe('readSpeech', () => {
  it('binds a quote to the subject before its speech verb and removes both from the description', () => {
    const r = readSpeech('a robot says "hello, ball and table" in a kitchen');
    assert.deepEqual(r.lines, [{ speaker: 'a robot', text: 'hello, ball and table' }]);
    assert.equal(r.description, 'a robot in a kitchen');
  });

  it('reads several speakers in turn, with colons and inverted order', () => {
    const r = readSpeech('the woman asks: "where is the station?" and the man replies "over there". "Thanks," says the woman.');
    assert.deepEqual(r.lines.map((l) => [l.speaker, l.text]), [['the woman', 'where is the station?'], ['the man', 'over there'], ['the woman', 'Thanks,']]);
    assert.doesNotMatch(r.description, /station|there|thanks|asks|replies|says/i);
  });

  it('reads typographic and guillemet quotes', () => {
    assert.deepEqual(readSpeech('a girl says “hi” and a boy says «salut»').lines.map((l) => l.text), ['hi', 'salut']);
    assert.deepEqual(readSpeech('ein Mann sagt „Guten Tag“').lines.map((l) => l.text), ['Guten Tag']);
  });

  it('reads narration with or without quotes', () => {
    assert.deepEqual(readSpeech('a ball rolls\nnarrator: Every journey begins here.').lines, [{ speaker: 'narrator', text: 'Every journey begins here.' }]);
    const r = readSpeech('voice-over: "Welcome to the future" and a car drives in a city street');
    assert.deepEqual(r.lines, [{ speaker: 'narrator', text: 'Welcome to the future' }]);
    assert.match(r.description, /a car drives in a city street/);
  });

  it('reads the language asked for and removes the phrase', () => {
    assert.equal(readSpeech('a robot says "hello" in German').language, 'de');
    assert.equal(readSpeech('ein Roboter sagt "Hallo" auf Deutsch').language, 'de');
    assert.equal(readSpeech('un perro dice "hola" en español').language, 'es');
    const r = readSpeech('a man speaking French says "bonjour"');
    assert.equal(r.language, 'fr');
    assert.equal(r.description, 'a man');
    // A language named inside the quote is what is said, not a request.
    assert.equal(readSpeech('a girl says "I speak in german"').language, undefined);
  });

  it('leaves a prompt without speech alone', () => {
    const r = readSpeech('a red ball bounces on a wooden floor');
    assert.deepEqual(r, { description: 'a red ball bounces on a wooden floor', lines: [] });
  });
});
