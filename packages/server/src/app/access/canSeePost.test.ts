import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canSeePost } from './canSeePost.ts';

const anon = { viewerId: null, follows: false, blocked: false };
const stranger = { viewerId: 'u2', follows: false, blocked: false };
const follower = { viewerId: 'u2', follows: true, blocked: false };
const blocked = { viewerId: 'u2', follows: true, blocked: true };
const author = { viewerId: 'u1', follows: false, blocked: false };

describe('canSeePost', () => {
  it('public posts: everyone but people across a block', () => {
    const p = { authorId: 'u1', visibility: 'public' as const };
    assert.deepEqual([anon, stranger, follower, blocked, author].map((r) => canSeePost(p, r)), [true, true, true, false, true]);
  });
  it('followers-only posts: followers and the author', () => {
    const p = { authorId: 'u1', visibility: 'followers' as const };
    assert.deepEqual([anon, stranger, follower, blocked, author].map((r) => canSeePost(p, r)), [false, false, true, false, true]);
  });
  it('private posts: the author only', () => {
    const p = { authorId: 'u1', visibility: 'private' as const };
    assert.deepEqual([anon, stranger, follower, blocked, author].map((r) => canSeePost(p, r)), [false, false, false, false, true]);
  });
  it('a signed-out viewer claiming to follow still sees no followers-only post', () => {
    assert.equal(canSeePost({ authorId: 'u1', visibility: 'followers' }, { viewerId: null, follows: true, blocked: false }), false);
  });
});
