/** Accounts: create, find, update the profile and the avatar, and the counts a profile shows. */
import type { AppDb, UserRow } from '../AppDatabase.ts';
import { newUserId } from './appIds.ts';

export class UserStore {
  constructor(readonly db: AppDb) {}

  /** The new account, or undefined when the username is taken. */
  async create(input: { username: string; passwordHash: string; displayName: string; now: number }): Promise<UserRow | undefined> {
    const row: UserRow = {
      id: newUserId(input.now),
      username: input.username,
      password_hash: input.passwordHash,
      display_name: input.displayName,
      bio: '',
      avatar_key: null,
      avatar_version: 0,
      created_at: input.now,
    };
    const r = await this.db.insertInto('users').values(row).onConflict((oc) => oc.column('username').doNothing()).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1 ? row : undefined;
  }

  byUsername(username: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  }

  byId(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Several accounts by id (missing ids are left out). */
  async byIds(ids: readonly string[]): Promise<Map<string, UserRow>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.db.selectFrom('users').selectAll().where('id', 'in', unique).execute();
    return new Map(rows.map((r) => [r.id, r]));
  }

  async updateProfile(id: string, fields: { displayName?: string; bio?: string }): Promise<void> {
    const set: { display_name?: string; bio?: string } = {};
    if (fields.displayName !== undefined) set.display_name = fields.displayName;
    if (fields.bio !== undefined) set.bio = fields.bio;
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable('users').set(set).where('id', '=', id).execute();
  }

  async setAvatar(id: string, key: string | null): Promise<void> {
    await this.db
      .updateTable('users')
      .set((eb) => ({ avatar_key: key, avatar_version: eb('avatar_version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }

  async followCounts(id: string): Promise<{ followers: number; following: number }> {
    const [followers, following] = await Promise.all([
      this.db.selectFrom('follows').select((eb) => eb.fn.countAll<number>().as('n')).where('followee_id', '=', id).executeTakeFirst(),
      this.db.selectFrom('follows').select((eb) => eb.fn.countAll<number>().as('n')).where('follower_id', '=', id).executeTakeFirst(),
    ]);
    return { followers: Number(followers?.n ?? 0), following: Number(following?.n ?? 0) };
  }
}
