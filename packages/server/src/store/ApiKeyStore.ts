/** API keys: only a sha256 of each key is stored. */
import type { Kysely } from 'kysely';
import type { ApiKeyRow, Database } from './Database.ts';

export class ApiKeyStore {
  constructor(readonly db: Kysely<Database>) {}

  async insert(row: ApiKeyRow): Promise<void> {
    await this.db.insertInto('api_keys').values(row).execute();
  }

  /** The active key with this hash, if any. */
  async findActiveByHash(hash: string): Promise<Pick<ApiKeyRow, 'id' | 'name'> | undefined> {
    return this.db
      .selectFrom('api_keys')
      .select(['id', 'name'])
      .where('key_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }

  async list(): Promise<ApiKeyRow[]> {
    return this.db.selectFrom('api_keys').selectAll().orderBy('created_at').execute();
  }

  async countActive(): Promise<number> {
    const row = await this.db
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Revoke by id; false when there is no such active key. */
  async revoke(id: string, now: number): Promise<boolean> {
    const r = await this.db.updateTable('api_keys').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
