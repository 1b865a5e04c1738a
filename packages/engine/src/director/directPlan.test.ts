import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { directPlan } from './directPlan.ts';
import { parsePlan } from '../plan/parsePlan.ts';
import { hashString } from '../random/createRandom.ts';
import { KIND_IDS, SETTING_IDS } from '../ontology/ontology.ts';
import { entryWords, languageLexicon, loadLexicon } from '../ontology/lexicon.ts';
import { ACTION_TYPES, CAMERA_MOVES, FRAMINGS, TIMES_OF_DAY, WEATHERS } from '../plan/scenePlanSchema.ts';

const en = languageLexicon('en');
const lex = loadLexicon();

describe('directPlan', () => {
  it('makes valid plans from ordinary, odd and hostile prompts', () => {
    const prompts = [
      '',
      '   ',
      '...!?',
      'ball',
      '12345',
      'a ball 🎈 and a 🐶',
      'Ein roter Ball springt im Garten',
      'the the the of of and',
      'a dog a cat a bird a fish a horse a robot a person a car a boat a drone',
      `${'a red ball bounces and '.repeat(40)}a cat sleeps`,
      'x'.repeat(5000),
      'a ball falls from 500 metres after 30 seconds for 100 seconds in a 60 second video',
      'a million marbles',
      'the camera orbits, pans, tilts, dollies in, pulls back, follows, shakes, static, handheld, zoom in, zoom out',
      'it',
    ];
    for (const p of prompts) {
      const plan = directPlan(p);
      assert.deepEqual(parsePlan(JSON.parse(JSON.stringify(plan))), plan, p.slice(0, 40));
    }
  });

  it('is deterministic: the same prompt gives a deep-equal plan, whatever ran before', () => {
    const prompt = 'many colourful balloons and a dozen dominoes in a forest at dusk while a dog chases a cat, handheld';
    const first = directPlan(prompt);
    directPlan('three rubber ducks in a bathtub');
    directPlan('an astronaut bounces on the moon');
    assert.deepEqual(directPlan(prompt), first);
    assert.equal(JSON.stringify(directPlan(prompt)), JSON.stringify(first));
  });

  it('keeps the prompt and seeds from it by default', () => {
    const prompt = '  A Red Ball bounces  ';
    const plan = directPlan(prompt);
    assert.equal(plan.prompt, prompt);
    assert.equal(plan.seed, hashString('a red ball bounces'));
    assert.equal(directPlan(prompt, { seed: 99 }).seed, 99);
  });

  it('fills the defaults: studio, noon, clear, normal gravity, 720x1280, 30 fps, 8 s', () => {
    const plan = directPlan('a ball');
    assert.deepEqual(plan.canvas, { width: 720, height: 1280, fps: 30, duration: 8 });
    assert.equal(plan.environment.setting, 'studio');
    assert.equal(plan.environment.timeOfDay, 'noon');
    assert.equal(plan.environment.weather, 'clear');
    assert.equal(plan.environment.gravity, 'normal');
    assert.deepEqual(plan.environment.water, []);
    assert.deepEqual(plan.camera, { framing: 'wide', moves: [{ type: 'static' }] });
    assert.deepEqual(plan.audio.ambience, [{ kind: 'room-tone', level: -38 }]);
  });

  it('lets options override the prompt', () => {
    const plan = directPlan('a ball on the beach in landscape, a 3 second clip', { setting: 'moon', width: 1080, height: 1920, fps: 24, duration: 12 });
    assert.equal(plan.environment.setting, 'moon');
    assert.equal(plan.environment.gravity, 'low');
    assert.deepEqual(plan.canvas, { width: 1080, height: 1920, fps: 24, duration: 12 });
  });

  it('turns an unknown noun into a labelled prop and lists it as ungrounded', () => {
    const plan = directPlan('a shiny teapot falls onto a table');
    const teapot = plan.cast.find((e) => e.label === 'teapot');
    assert.ok(teapot);
    assert.equal(teapot.kind, 'prop');
    assert.equal(teapot.id, 'teapot-1');
    assert.deepEqual(teapot.placement, { type: 'relation', relation: 'above', target: 'table-1' });
    assert.deepEqual(plan.ungrounded, ['shiny', 'teapot']);
  });

  it('never lists stop words or words it used', () => {
    const plan = directPlan('The big red ball is rolling slowly towards the camera and then it falls into the pool at night');
    assert.deepEqual(plan.ungrounded, []);
    const odd = directPlan('a ball with a very mysterious glow wobbles');
    for (const w of ['a', 'with', 'very', 'ball']) assert.ok(!odd.ungrounded.includes(w), w);
    assert.ok(odd.ungrounded.includes('mysterious'));
  });

  it('caps large counts and says so', () => {
    const plan = directPlan('a thousand golf balls');
    assert.equal(plan.cast.length, lex.counts.max);
    assert.ok(plan.ungrounded.some((w) => /1000 golf balls \(capped at 60\)/.test(w)), plan.ungrounded.join('; '));
  });

  it('reads every count form', () => {
    const counts: [string, number][] = [
      ['a ball', 1], ['one ball', 1], ['a single ball', 1], ['two balls', 2], ['3 balls', 3], ['twenty-five balls', 25],
      ['a pair of balls', 2], ['a couple of balls', 2], ['both balls', 2], ['a few balls', 3], ['several balls', 4],
      ['many balls', 8], ['lots of balls', 8], ['a dozen balls', 12], ['two dozen balls', 24], ['dozens of balls', 24],
      ['a flock of birds', 6], ['a row of dominoes', 10], ['balls', 3], ['dominoes', 12], ['bowling pins', 10],
    ];
    for (const [prompt, n] of counts) assert.equal(directPlan(prompt).cast.length, n, prompt);
  });
});

describe('directPlan covers the lexicon', () => {
  it('maps a word of every kind to that kind', () => {
    for (const kind of KIND_IDS) {
      if (kind === 'prop') continue;
      const word = entryWords(en.kinds[kind]![0]!)[0]!;
      const plan = directPlan(`a ${word}`);
      assert.equal(plan.cast[0]?.kind, kind, `"${word}"`);
      assert.equal(plan.cast[0]?.label, word);
    }
  });

  it('maps every setting', () => {
    for (const setting of SETTING_IDS) {
      for (const word of en.settings[setting]!.words.slice(0, 3)) {
        assert.equal(directPlan(`a ball in the ${word}`).environment.setting, setting, `"${word}"`);
      }
    }
  });

  it('maps every colour name to its hex', () => {
    const names = Object.entries(en.colours);
    assert.ok(names.length >= 30);
    for (const [concept, words] of names) {
      for (const word of words) {
        if (/\b(dark|light)\b/.test(word)) continue;
        assert.equal(directPlan(`a ${word} cube`).cast[0]?.colour, lex.colours[concept], `"${word}"`);
      }
    }
  });

  it('maps every material word', () => {
    for (const [material, list] of Object.entries(en.materials)) {
      for (const entry of list) {
        for (const word of entryWords(entry)) assert.equal(directPlan(`a ${word} cube`).cast[0]?.material, material, `"${word}"`);
      }
    }
  });

  it('maps every size word to its scale', () => {
    for (const [size, words] of Object.entries(en.sizes)) {
      for (const word of words) assert.equal(directPlan(`a ${word} crate`).cast[0]?.size, lex.sizes[size], `"${word}"`);
    }
  });

  it('maps times of day, weathers, framings and camera moves', () => {
    for (const time of TIMES_OF_DAY) {
      for (const word of en.timesOfDay[time]!) assert.equal(directPlan(`a ball, ${word}`).environment.timeOfDay, time, `"${word}"`);
    }
    for (const weather of WEATHERS) {
      for (const entry of en.weathers[weather]!) {
        for (const word of entryWords(entry)) assert.equal(directPlan(`a ball, ${word}`).environment.weather, weather, `"${word}"`);
      }
    }
    for (const framing of FRAMINGS) {
      for (const word of en.framings[framing]!) assert.equal(directPlan(`a ball, ${word}`).camera.framing, framing, `"${word}"`);
    }
    for (const move of CAMERA_MOVES) {
      for (const entry of en.cameraMoves[move]!) {
        for (const word of entryWords(entry)) {
          assert.deepEqual(directPlan(`a ball, ${word}`).camera.moves.map((m) => m.type), [move], `"${word}"`);
        }
      }
    }
  });

  it('maps gravity words', () => {
    const cases: [string, unknown][] = [['zero gravity', 'zero'], ['weightless', 'zero'], ['low gravity', 'low'], ['on the moon', 'low'], ['in space', 'zero'], ['mars gravity', 3.71]];
    for (const [words, gravity] of cases) assert.equal(directPlan(`a ball ${words}`).environment.gravity, gravity, words);
  });

  it('gives every action type from its words', () => {
    const character = new Set(['walk', 'run', 'wave', 'idle', 'jump']);
    const seen = new Set<string>();
    for (const entry of en.actions) {
      const subject = character.has(entry.type) ? 'a robot' : 'a crate';
      const word = entry.words[0]!;
      const plan = directPlan(`${subject} starts to ${word}`);
      assert.equal(plan.actions[0]?.type, entry.type, `"${subject} starts to ${word}"`);
      seen.add(entry.type);
    }
    assert.deepEqual([...seen].sort(), [...ACTION_TYPES].sort());
  });

  it('understands inflected verbs and plural nouns', () => {
    const verbs: [string, string][] = [
      ['a ball falls', 'fall'], ['a ball fell', 'fall'], ['a ball is falling', 'fall'], ['a ball tumbles', 'fall'],
      ['a ball was dropped', 'drop'], ['a ball is tossed', 'throw'], ['a ball skidded', 'slide'], ['a cube drifted', 'float'],
      ['a crate tipped over', 'topple'], ['a bird flew', 'fly'], ['a cube twirls', 'spin'], ['a robot leapt', 'jump'],
      ['a robot strolls', 'walk'], ['a robot sprinted', 'run'], ['a robot is waving', 'wave'], ['a robot sat', 'idle'],
    ];
    for (const [prompt, type] of verbs) assert.ok(directPlan(prompt).actions.some((a) => a.type === type), prompt);
    assert.equal(directPlan('rubber duckies').cast[0]?.kind, 'rubber-duck');
    assert.equal(directPlan('kittens').cast[0]?.kind, 'cat');
    assert.equal(directPlan('the geese').cast[0]?.kind, 'bird');
  });
});
