/**
 * Open the database: Postgres when a `DATABASE_URL` is given, otherwise a SQLite file
 * (WAL mode) in the data folder. Both speak the same Kysely queries.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './Database.ts';
import { migrateToLatest } from './migrateToLatest.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where it lives, without credentials (for the start-up message). */
  location: string;
  /** Bring the tables up to date (see migrateToLatest). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  databaseSchema?: string;
  dataDir: string;
  /** Postgres pool size (default 10). */
  poolSize?: number;
}

const INT8_OID = 20;

/** Postgres returns bigint as text; our bigints are millisecond times and seeds, which fit a double. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * Kysely prepares every query anew; better-sqlite3 statements can be reused, which saves a
 * good share of a request's time. The queries are a fixed set, so the cache stays small.
 */
function withStatementCache(sqlite: BetterSqlite3.Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= 500) cache.clear();
        stmt = sqlite.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

export async function openDatabase(opts: DatabaseOptions): Promise<OpenedDatabase> {
  if (opts.databaseUrl) {
    const url = opts.databaseUrl;
    if (opts.databaseSchema) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${opts.databaseSchema}"`);
      } catch (err) {
        // Two processes starting at once can both try; "if not exists" does not stop the loser failing.
        const found = await client.query('select 1 from pg_namespace where nspname = $1', [opts.databaseSchema]);
        if (found.rowCount === 0) throw err;
      } finally {
        await client.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 10,
      types: pgTypes,
      ...(opts.databaseSchema ? { options: `-c search_path=${opts.databaseSchema}` } : {}),
    });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on next use.
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    let location = 'postgres';
    try {
      const u = new URL(url);
      location = `postgres://${u.host}${u.pathname}${opts.databaseSchema ? ` (schema ${opts.databaseSchema})` : ''}`;
    } catch {
      // not a URL form; keep the generic name
    }
    const migrate = async () => {
      const schema = opts.databaseSchema ?? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
      await migrateToLatest(db, schema);
    };
    return { db, kind: 'postgres', location, migrate, close: () => db.destroy() };
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const file = join(opts.dataDir, 'klappe.sqlite');
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, kind: 'sqlite', location: file, migrate: () => migrateToLatest(db), close: () => db.destroy() };
}
