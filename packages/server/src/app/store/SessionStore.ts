/**
 * Sign-in sessions: the cookie holds 32 random bytes; the database holds only their sha256,
 * so a leaked database does not sign anyone in.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AppDb, UserRow } from '../AppDatabase.ts';

export const SESSION_TTL_MS = 30 * 24 * 3_600_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export class SessionStore {
  constructor(readonly db: AppDb) {}

  /** A new session; returns the cookie value. */
  async create(userId: string, now: number, ttlMs = SESSION_TTL_MS): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.insertInto('sessions').values({ id: hashToken(token), user_id: userId, created_at: now, expires_at: now + ttlMs }).execute();
    return token;
  }

  /** The signed-in account for a cookie value, if the session exists and has not expired. */
  async find(token: string, now: number): Promise<UserRow | undefined> {
    if (!TOKEN.test(token)) return undefined;
    return this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .where('sessions.id', '=', hashToken(token))
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst();
  }

  async delete(token: string): Promise<void> {
    if (!TOKEN.test(token)) return;
    await this.db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
  }

  async deleteExpired(now: number): Promise<number> {
    const r = await this.db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
