import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankForYou, scoreCandidate, type FeedCandidate } from './rankForYou.ts';

const NOW = 1_800_000_000_000;
const H = 3_600_000;
const post = (id: string, authorId: string, hoursOld: number, extra: Partial<FeedCandidate> = {}): FeedCandidate => ({
  id, authorId, createdAt: NOW - hoursOld * H, likes: 0, comments: 0, remixes: 0, isRemix: false, ...extra,
});

describe('rankForYou', () => {
  it('puts fresh posts above old ones', () => {
    const order = rankForYou({ candidates: [post('old', 'a', 48), post('new', 'b', 1)], followed: new Set(), now: NOW });
    assert.deepEqual(order, ['new', 'old']);
  });

  it('favours people the viewer follows over a slightly fresher stranger', () => {
    const order = rankForYou({ candidates: [post('stranger', 'a', 1), post('friend', 'b', 6)], followed: new Set(['b']), now: NOW });
    assert.deepEqual(order, ['friend', 'stranger']);
  });

  it('favours remixable content and liked content at the same age', () => {
    const order = rankForYou({
      candidates: [post('plain', 'a', 2), post('remixed', 'b', 2, { remixes: 10 }), post('liked', 'c', 2, { likes: 50 })],
      followed: new Set(),
      now: NOW,
    });
    assert.deepEqual(order, ['remixed', 'liked', 'plain']);
  });

  it('never shows the same creator twice in a row', () => {
    const candidates = [
      post('a1', 'a', 0), post('a2', 'a', 0.1), post('a3', 'a', 0.2), post('a4', 'a', 0.3),
      post('b1', 'b', 20), post('b2', 'b', 21), post('c1', 'c', 30),
    ];
    const order = rankForYou({ candidates, followed: new Set(), now: NOW });
    const author = (id: string) => id[0];
    for (let i = 1; i < order.length; i++) assert.notEqual(author(order[i]!), author(order[i - 1]!), `${order.join(',')} repeats at ${i}`);
    assert.equal(order[0], 'a1');
    // Everything that can be placed without a repeat is placed: a,b,a,b,a,c,a needs 4 a's and 3 others.
    assert.deepEqual([...order].sort(), ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'c1']);
  });

  it('ends when only one creator is left instead of repeating them', () => {
    const order = rankForYou({ candidates: [post('a1', 'a', 0), post('a2', 'a', 1), post('a3', 'a', 2), post('b1', 'b', 5)], followed: new Set(), now: NOW });
    assert.deepEqual(order, ['a1', 'b1', 'a2']);
  });

  it('is deterministic and ignores duplicate candidates', () => {
    const candidates = [post('x', 'a', 3), post('y', 'b', 3), post('z', 'c', 3), post('x', 'a', 3)];
    const one = rankForYou({ candidates, followed: new Set(), now: NOW });
    const two = rankForYou({ candidates: [...candidates].reverse(), followed: new Set(), now: NOW });
    assert.deepEqual(one, two);
    assert.equal(one.length, 3);
  });

  it('scores decay by half every 12 hours for freshness', () => {
    const fresh = scoreCandidate(post('n', 'a', 0), false, NOW);
    const half = scoreCandidate(post('h', 'a', 12), false, NOW);
    assert.ok(Math.abs(fresh - 3.0) < 1e-9);
    assert.ok(Math.abs(half - 1.5) < 1e-9);
  });
});
