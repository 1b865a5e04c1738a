import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SPEECH_LANGUAGES, espeakVoiceOf, speechLanguageOf } from './speechLanguages.ts';
import { synthesizeLine } from './synthesizeLine.ts';
import { voiceForSpeaker } from './voiceForSpeaker.ts';

const REQUIRED = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ru', 'zh', 'ja', 'hi', 'ar'];

function rms(samples: Float32Array, from = 0, to = samples.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += samples[i]! * samples[i]!;
  return Math.sqrt(s / Math.max(1, to - from));
}

describe('speech languages', () => {
  it('lists at least 20 languages, the required ones among them', () => {
    assert.ok(SPEECH_LANGUAGES.length >= 20, `${SPEECH_LANGUAGES.length} languages`);
    for (const tag of REQUIRED) assert.ok(speechLanguageOf(tag), `missing ${tag}`);
  });

  it('maps tags to eSpeak voices, falling back to the primary subtag', () => {
    assert.equal(espeakVoiceOf('zh'), 'cmn');
    assert.equal(espeakVoiceOf('zh-CN'), 'cmn');
    assert.equal(espeakVoiceOf('de-AT'), 'de');
    assert.equal(espeakVoiceOf('pt-BR'), 'pt-br');
    assert.equal(espeakVoiceOf('xx'), 'en-us');
  });

  const voice = voiceForSpeaker({ id: 'narrator' });
  for (const lang of SPEECH_LANGUAGES) {
    it(`${lang.name} (${lang.tag}) synthesises non-silent speech with timed words`, () => {
      const line = synthesizeLine(lang.sample, lang.tag, voice);
      assert.ok(line.duration > 0.4, `${lang.tag}: ${line.duration} s`);
      assert.ok(rms(line.samples) > 0.02, `${lang.tag}: rms ${rms(line.samples)}`);
      assert.ok(line.words.length >= 1 && line.phonemes.length >= 4, `${lang.tag}: ${line.words.length} words, ${line.phonemes.length} phonemes`);
      // Every word is heard: its own stretch of the samples is not silent.
      for (const w of line.words) {
        const a = Math.floor(w.start * line.sampleRate);
        const b = Math.ceil(w.end * line.sampleRate);
        assert.ok(b > a && rms(line.samples, a, b) > 0.01, `${lang.tag}: word "${w.text}" ${w.start}-${w.end} is silent`);
      }
    });
  }
});
