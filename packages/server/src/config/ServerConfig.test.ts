import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './ServerConfig.ts';

describe('loadConfig', () => {
  it('starts with no settings at all: port 3000, ./data, SQLite, one job at a time', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.dataDir, resolve('data'));
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.redisUrl, undefined);
    assert.equal(c.concurrency, 1);
    assert.equal(c.bootstrapKey, true);
  });

  it('reads the environment', () => {
    const c = loadConfig({ PORT: '8080', KLAPPE_DATA: '/srv/klappe', DATABASE_URL: 'postgres://db/k', REDIS_URL: 'redis://r', KLAPPE_CONCURRENCY: '0', KLAPPE_ASSET_TTL_HOURS: '0', KLAPPE_BOOTSTRAP_KEY: 'false' });
    assert.deepEqual([c.port, c.dataDir, c.databaseUrl, c.redisUrl, c.concurrency, c.assetTtlHours, c.bootstrapKey], [8080, '/srv/klappe', 'postgres://db/k', 'redis://r', 0, 0, false]);
  });

  it('says which setting is wrong', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), (e) => e instanceof ConfigError && /PORT must be a whole number from 0 to 65535, got "eighty"/.test(e.message));
    assert.throws(() => loadConfig({ KLAPPE_JOB_LEASE_MS: '10' }), /KLAPPE_JOB_LEASE_MS/);
    assert.throws(() => loadConfig({ DATABASE_SCHEMA: 'Robert"; drop' }), /DATABASE_SCHEMA/);
    assert.throws(() => loadConfig({ KLAPPE_QUEUE_PREFIX: 'a b' }), /KLAPPE_QUEUE_PREFIX/);
    assert.throws(() => loadConfig({ REDIS_URL: 'localhost:6379' }), /REDIS_URL must start with redis:\/\//);
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://db/k' }), /DATABASE_URL must be a Postgres URL/);
  });
});
