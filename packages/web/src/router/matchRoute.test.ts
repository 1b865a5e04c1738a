import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchRoute } from './matchRoute.ts';

test('matchRoute reads params and rejects other shapes', () => {
  assert.deepEqual(matchRoute('/p/:id', '/p/post_1'), { id: 'post_1' });
  assert.deepEqual(matchRoute('/p/:id/lineage', '/p/post_1/lineage'), { id: 'post_1' });
  assert.deepEqual(matchRoute('/', '/'), {});
  assert.deepEqual(matchRoute('/u/:username', '/u/ada%20b/'), { username: 'ada b' });
  assert.equal(matchRoute('/p/:id', '/p'), null);
  assert.equal(matchRoute('/p/:id', '/p/a/b'), null);
  assert.equal(matchRoute('/u/:username', '/p/ada'), null);
  assert.equal(matchRoute('/u/:username', '/u/%E0%A4%A'), null, 'a malformed escape is no match, not a crash');
});
