import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { callEspeak, type EspeakEvent } from './callEspeak.ts';
import { synthesizeLine, timeEvents } from './synthesizeLine.ts';
import { voiceForSpeaker } from './voiceForSpeaker.ts';

const ev = (type: EspeakEvent['type'], time: number, textPosition = 0, id = ''): EspeakEvent => ({ type, time, textPosition, length: 0, id });

describe('timeEvents', () => {
  it('gives words their written text (punctuation included) and ends them with their last phoneme', () => {
    const text = 'Hi, you.';
    const events = [ev('word', 0, 1), ev('phoneme', 10, 1, 'h'), ev('phoneme', 60, 1, 'aɪ'), ev('phoneme', 200, 1, ''), ev('word', 300, 5), ev('phoneme', 310, 5, 'j'), ev('phoneme', 350, 5, 'uː'), ev('end', 500, 8)];
    const { words, phonemes } = timeEvents(text, events, 0.6);
    assert.deepEqual(words.map((w) => [w.text, w.start, w.end]), [['Hi,', 0, 0.2], ['you.', 0.3, 0.5]]);
    assert.deepEqual(phonemes.map((p) => [p.text, p.start, p.end]), [['h', 0.01, 0.06], ['aɪ', 0.06, 0.2], ['j', 0.31, 0.35], ['uː', 0.35, 0.5]]);
  });

  it('scales times for shifted voices and drops language-switch markers', () => {
    const events = [ev('word', 0, 1), ev('phoneme', 100, 1, '(en)'), ev('phoneme', 100, 1, 'a'), ev('end', 400, 2)];
    const { words, phonemes } = timeEvents('a', events, 0.5, 0.5);
    assert.deepEqual(phonemes.map((p) => [p.text, p.start, p.end]), [['a', 0.05, 0.2]]);
    assert.equal(words[0]!.end, 0.2);
  });
});

describe('synthesizeLine', () => {
  it('eSpeak gives identical samples for identical requests, whatever came before, in any process', () => {
    const request = { voice: 'de+f2', text: 'Guten Morgen', rate: 170, pitch: 60, range: 50 };
    const digest = (a: Int16Array) => createHash('sha256').update(Buffer.from(a.buffer, a.byteOffset, a.byteLength)).digest('hex');
    const a = callEspeak(request);
    callEspeak({ voice: 'en-us+m3', text: 'Something else entirely.', rate: 150, pitch: 40, range: 50 });
    const b = callEspeak(request);
    assert.ok(a.samples.length > 5000);
    assert.equal(digest(b.samples), digest(a.samples));
    const script = `import { callEspeak } from ${JSON.stringify(new URL('./callEspeak.ts', import.meta.url).href)};
      import { createHash } from 'node:crypto';
      const s = callEspeak(${JSON.stringify(request)}).samples;
      console.log(createHash('sha256').update(Buffer.from(s.buffer, s.byteOffset, s.byteLength)).digest('hex'));`;
    const other = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
    assert.equal(other, digest(a.samples));
  });

  it('is deterministic: the same text and voice give the same samples', () => {
    const v = voiceForSpeaker({ id: 'person-1', kind: 'person', label: 'man' });
    const a = synthesizeLine('The quick brown fox.', 'en', v);
    const b = synthesizeLine('The quick brown fox.', 'en', { ...v, rate: v.rate + 1 });
    const c = synthesizeLine('The quick brown fox.', 'en', { ...v, rate: v.rate + 1 });
    assert.equal(b, c, 'cached');
    assert.notEqual(a.duration, b.duration);
    assert.deepEqual(a.words.map((w) => w.text), ['The', 'quick', 'brown', 'fox.']);
    for (let i = 1; i < a.words.length; i++) assert.ok(a.words[i]!.start >= a.words[i - 1]!.end - 1e-9);
  });

  it('a faster rate is shorter; a shifted (small animal) voice keeps its timing consistent with its samples', () => {
    const v = voiceForSpeaker({ id: 'n', kind: 'person', label: 'man' });
    const slow = synthesizeLine('Good morning to all of you', 'en', { ...v, rate: 130 });
    const fast = synthesizeLine('Good morning to all of you', 'en', { ...v, rate: 260 });
    assert.ok(fast.duration < slow.duration * 0.75, `${fast.duration} vs ${slow.duration}`);
    const bird = synthesizeLine('Good morning to all of you', 'en', { ...v, shift: 1.3 });
    assert.ok(Math.abs(bird.samples.length / bird.sampleRate - bird.duration) < 1e-6);
    assert.ok(bird.words.at(-1)!.end <= bird.duration + 1e-6);
  });
});
