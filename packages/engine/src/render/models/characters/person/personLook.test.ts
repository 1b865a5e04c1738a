import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPerson } from './buildPerson.ts';
import { personLook } from './personLook.ts';
import { contextFor } from '../testing.ts';

test('the same id always gives the same person', () => {
  assert.deepEqual(personLook({ id: 'alice', colour: '#3a86ff' }), personLook({ id: 'alice', colour: '#3a86ff' }));
  const a = buildPerson(contextFor('person', 'idle', 0, 1, 'alice'));
  const b = buildPerson(contextFor('person', 'idle', 0, 1, 'alice'));
  assert.deepEqual(a, b);
});

test('different ids give different people', () => {
  const alice = personLook({ id: 'alice', colour: '#3a86ff' });
  const bob = personLook({ id: 'bob', colour: '#3a86ff' });
  assert.notDeepEqual(alice, bob);
  assert.notDeepEqual(buildPerson(contextFor('person', 'idle', 0, 1, 'alice')), buildPerson(contextFor('person', 'idle', 0, 1, 'bob')));
  // Across a crowd, the looks vary in every trait.
  const crowd = Array.from({ length: 40 }, (_, i) => personLook({ id: `extra-${i}`, colour: '#e63946' }));
  for (const trait of ['skin', 'hair', 'hairStyle', 'iris', 'trousers', 'shoes', 'sleeves'] as const) {
    assert.ok(new Set(crowd.map((p) => p[trait])).size >= 2, `${trait} never varies`);
  }
  assert.ok(new Set(crowd.map((p) => `${p.skin}/${p.hair}/${p.hairStyle}`)).size >= 20);
});

test('the entity colour is the shirt, and the trousers stand apart from it', () => {
  for (const colour of ['#3a86ff', '#2f4d7a', '#222222', '#f1f1f1']) {
    for (let i = 0; i < 20; i++) {
      const look = personLook({ id: `p${i}`, colour });
      assert.equal(look.shirt, colour);
      assert.notEqual(look.trousers, colour);
    }
  }
  const parts = buildPerson(contextFor('person', 'idle', 0, 0, 'alice'));
  assert.ok(parts.some((p) => p.colour === '#3a86ff'), 'shirt colour not used');
});
