import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, verifyPassword } from './passwordHash.ts';

describe('passwordHash', () => {
  it('accepts the password it hashed and nothing else', async () => {
    const stored = await hashPassword('correct horse battery');
    assert.match(stored, /^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    assert.equal(await verifyPassword('correct horse battery', stored), true);
    assert.equal(await verifyPassword('correct horse batter', stored), false);
    assert.equal(await verifyPassword('', stored), false);
  });

  it('salts: the same password hashes differently each time', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('same password', b), true);
  });

  it('an unknown account or a damaged hash never matches', async () => {
    assert.equal(await verifyPassword('anything', undefined), false);
    assert.equal(await verifyPassword('anything', 'plain-text'), false);
    assert.equal(await verifyPassword('anything', 'scrypt$0$8$1$AA$AA'), false);
  });
});
