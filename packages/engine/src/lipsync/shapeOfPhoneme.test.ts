import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipaLetters, shapesOfPhoneme, startsClosed } from './shapeOfPhoneme.ts';

const shape = (p: string, next?: 'D'): string => shapesOfPhoneme(p, next).map((s) => s.shape).join('');

test('consonants by where they are made: lips, lip and teeth, rounded glides, tongue', () => {
  for (const p of ['p', 'b', 'm']) assert.equal(shape(p), 'A', p);
  for (const p of ['f', 'v']) assert.equal(shape(p), 'G', p);
  assert.equal(shape('w'), 'F');
  assert.equal(shape('l'), 'B');
  assert.equal(shapesOfPhoneme('l')[0]!.long, 'H', 'a held l shows the tongue');
  for (const p of ['t', 'd', 'k', 's', 'z', 'n', 'ɡ', 'ʃ', 'tʃ', 'dʒ', 'ts', 'tɕ', 'ʁ', 'x', 'ç']) assert.equal(shape(p), 'B', p);
});

test('vowels by openness and rounding, in any language; stress, length and nasal marks ignored', () => {
  const cases: Record<string, string> = {
    'ˈiː': 'B', 'ɪ': 'B', 'ˈɛ': 'C', 'ˈæ': 'C', 'ˈɑː': 'D', 'a': 'D', 'ä': 'D', 'ɔ': 'E', 'ˈɜː': 'C', 'ɚ': 'E',
    'uː': 'F', 'ˈʊ': 'F', 'y': 'F', 'ø': 'E', 'ɔ̃': 'E', 'ɑ̃': 'D', 'o̞': 'E', 'ˈeː': 'C',
  };
  for (const [p, s] of Object.entries(cases)) assert.equal(shape(p), s, p);
});

test('diphthongs and sound pairs split 60/40 in order', () => {
  const ai = shapesOfPhoneme('aɪ');
  assert.deepEqual(ai.map((s) => s.shape), ['D', 'B']);
  assert.deepEqual(ai.map((s) => s.share), [0.6, 0.4]);
  assert.deepEqual(shapesOfPhoneme('ˈoʊ').map((s) => s.shape), ['E', 'F']);
  assert.deepEqual(shapesOfPhoneme('ˈɛɹ').map((s) => s.shape), ['C', 'E']);
  assert.deepEqual(shapesOfPhoneme('pf').map((s) => s.shape), ['A', 'G']);
  // Same-shape pairs are one shape.
  assert.deepEqual(shapesOfPhoneme('ts').map((s) => [s.shape, s.share]), [['B', 1]]);
});

test('h and glottal stops take the next sound\'s shape; pauses have none', () => {
  assert.equal(shape('h', 'D'), 'D');
  assert.equal(shape('ʔ', 'D'), 'D');
  assert.equal(shape(''), '');
  assert.deepEqual(ipaLetters('ˈoʊ'), ['o', 'ʊ']);
});

test('p, b and m start with closed lips; unknown letters still open the mouth a little', () => {
  assert.ok(startsClosed('b') && startsClosed('m') && startsClosed('pf'));
  assert.ok(!startsClosed('f') && !startsClosed('ˈa'));
  assert.equal(shape('ʘ'), 'B');
});
