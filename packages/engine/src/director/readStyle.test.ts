import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directPlan, applyPromptToPlan } from './directPlan.ts';
import { readStyle } from './readStyle.ts';

describe('readStyle', () => {
  it('finds the look and takes its words out of the scene text', () => {
    assert.deepEqual(readStyle('a red ball bounces on a wooden floor in film noir style'), { rest: 'a red ball bounces on a wooden floor', preset: 'film-noir' });
    assert.deepEqual(readStyle('a cat sleeps like an old home video'), { rest: 'a cat sleeps', preset: 'vintage-home-video' });
    assert.deepEqual(readStyle('a robot waves, as a claymation.'), { rest: 'a robot waves.', preset: 'claymation' });
    assert.equal(readStyle('a car in a city, 8-bit').preset, 'pixel-art');
    assert.equal(readStyle('Anime: a dog runs').preset, 'anime');
    assert.equal(readStyle('a bottle on a table, product shot').preset, 'product-showcase');
  });

  it('prefers the longest phrase and leaves prompts without a look alone', () => {
    assert.equal(readStyle('a duck in a nature documentary').preset, 'documentary');
    assert.equal(readStyle('a vintage home video of a dog').preset, 'vintage-home-video');
    assert.deepEqual(readStyle('a red ball bounces'), { rest: 'a red ball bounces' });
    // Words that merely contain a phrase do not count.
    assert.equal(readStyle('a pixelcat and a noirish lamp').preset, undefined);
  });
});

describe('looks in prompts', () => {
  it('a prompt in a style gets the preset, and the same scene as without it', () => {
    const plain = directPlan('a red ball bounces on a wooden floor', { width: 720, height: 1280 });
    const noir = directPlan('a red ball bounces on a wooden floor in film noir style', { width: 720, height: 1280 });
    assert.deepEqual(noir.look, { style: 'film-noir', preset: 'film-noir', captions: noir.look?.captions });
    assert.deepEqual(noir.cast, plain.cast);
    assert.deepEqual(noir.actions, plain.actions);
    assert.deepEqual(noir.ungrounded, []);
    assert.deepEqual([noir.canvas.width, noir.canvas.height], [720, 1280], 'a chosen size wins over the preset aspect');
  });

  it('without a chosen size the preset aspect is used; a remix can change the look', () => {
    const square = directPlan('a robot waves as a claymation');
    assert.deepEqual([square.canvas.width, square.canvas.height], [1080, 1080]);
    const remix = applyPromptToPlan(square, 'make it anime');
    assert.equal(remix.look?.style, 'anime');
    assert.deepEqual(remix.cast, square.cast);
  });
});

describe('colour words are not looks', () => {
  it('a black and white cat is a cat, not film noir; a commercial airplane is an airplane', () => {
    assert.equal(readStyle('a black and white cat sleeps').preset, undefined);
    assert.equal(readStyle('a commercial airplane flies').preset, undefined);
  });
});
