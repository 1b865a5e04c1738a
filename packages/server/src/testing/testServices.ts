/**
 * The real services the scale-out tests use: PostgreSQL at 127.0.0.1:5432 (database `test`)
 * and Redis at 127.0.0.1:6379, as CI starts them. Each test run uses its own Postgres schema
 * and BullMQ prefix and removes them afterwards.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.KLAPPE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.KLAPPE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A name no other test run uses: `prefix_<pid>_<random>`. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function redisAvailable(): Promise<boolean> {
  const conn = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  conn.on('error', () => {});
  try {
    await conn.connect();
    return (await conn.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    conn.disconnect();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Remove every Redis key under a BullMQ prefix. */
export async function dropRedisPrefix(prefix: string): Promise<void> {
  const conn = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await conn.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await conn.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    conn.disconnect();
  }
}

/**
 * Whether the scale-out tests can run. When the services are missing they are skipped with
 * the reason, unless KLAPPE_REQUIRE_SERVICES=1 (then they fail).
 */
export async function scaleOutSkipReason(): Promise<string | false> {
  const [hasPg, hasRedis] = await Promise.all([postgresAvailable(), redisAvailable()]);
  if (hasPg && hasRedis) return false;
  const reason = `needs PostgreSQL at ${TEST_DATABASE_URL} and Redis at ${TEST_REDIS_URL}${hasPg ? '' : ' (no PostgreSQL)'}${hasRedis ? '' : ' (no Redis)'}`;
  if (process.env.KLAPPE_REQUIRE_SERVICES === '1') throw new Error(reason);
  return reason;
}
