/**
 * Bring the schema up to date. Safe to run from several processes at once (Kysely takes a
 * migration lock). On Postgres, `schema` names the schema the tables live in: Kysely looks for
 * its bookkeeping tables by name, and without the schema it would find another schema's.
 */
import { Migrator, type Kysely, type Migration } from 'kysely';
import * as initial from './migrations/0001_initial.ts';
import * as app from './migrations/0002_app.ts';
import * as trust from './migrations/0003_trust.ts';
import * as appProvenance from './migrations/0004_app_provenance.ts';
import * as appFeedIndex from './migrations/0005_app_feed_index.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_app': app,
  '0003_trust': trust,
  '0004_app_provenance': appProvenance,
  '0005_app_feed_index': appFeedIndex,
};

export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
