/** Follows and blocks between accounts. */
import type { AppDb } from '../AppDatabase.ts';
import { pageOf, type TimeCursor } from '../paging/TimeCursor.ts';

export interface Relation {
  /** The viewer follows the other account. */
  follows: boolean;
  /** The other account follows the viewer. */
  followedBy: boolean;
  /** The viewer blocked the other account. */
  blockedByMe: boolean;
  /** The other account blocked the viewer. */
  blocksMe: boolean;
}

export interface PageOf<T> {
  rows: T[];
  next: string | null;
}

export class SocialStore {
  constructor(readonly db: AppDb) {}

  async relation(viewerId: string, otherId: string): Promise<Relation> {
    const [follows, blocks] = await Promise.all([
      this.db
        .selectFrom('follows')
        .select(['follower_id', 'followee_id'])
        .where((eb) =>
          eb.or([
            eb.and([eb('follower_id', '=', viewerId), eb('followee_id', '=', otherId)]),
            eb.and([eb('follower_id', '=', otherId), eb('followee_id', '=', viewerId)]),
          ]),
        )
        .execute(),
      this.db
        .selectFrom('blocks')
        .select(['blocker_id', 'blocked_id'])
        .where((eb) =>
          eb.or([
            eb.and([eb('blocker_id', '=', viewerId), eb('blocked_id', '=', otherId)]),
            eb.and([eb('blocker_id', '=', otherId), eb('blocked_id', '=', viewerId)]),
          ]),
        )
        .execute(),
    ]);
    return {
      follows: follows.some((f) => f.follower_id === viewerId && f.followee_id === otherId),
      followedBy: follows.some((f) => f.follower_id === otherId && f.followee_id === viewerId),
      blockedByMe: blocks.some((b) => b.blocker_id === viewerId && b.blocked_id === otherId),
      blocksMe: blocks.some((b) => b.blocker_id === otherId && b.blocked_id === viewerId),
    };
  }

  /** True when a follow was added (false: it existed). */
  async follow(followerId: string, followeeId: string, now: number): Promise<boolean> {
    const r = await this.db
      .insertInto('follows')
      .values({ follower_id: followerId, followee_id: followeeId, created_at: now })
      .onConflict((oc) => oc.columns(['follower_id', 'followee_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  async unfollow(followerId: string, followeeId: string): Promise<void> {
    await this.db.deleteFrom('follows').where('follower_id', '=', followerId).where('followee_id', '=', followeeId).execute();
  }

  /** Block: also removes follows both ways. */
  async block(blockerId: string, blockedId: string, now: number): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('blocks')
        .values({ blocker_id: blockerId, blocked_id: blockedId, created_at: now })
        .onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
        .execute();
      await tx
        .deleteFrom('follows')
        .where((eb) =>
          eb.or([
            eb.and([eb('follower_id', '=', blockerId), eb('followee_id', '=', blockedId)]),
            eb.and([eb('follower_id', '=', blockedId), eb('followee_id', '=', blockerId)]),
          ]),
        )
        .execute();
    });
  }

  async unblock(blockerId: string, blockedId: string): Promise<void> {
    await this.db.deleteFrom('blocks').where('blocker_id', '=', blockerId).where('blocked_id', '=', blockedId).execute();
  }

  /** Everyone the viewer blocked or who blocked the viewer. */
  async blockedEitherWay(viewerId: string): Promise<Set<string>> {
    const [mine, theirs] = await Promise.all([
      this.db.selectFrom('blocks').select('blocked_id as id').where('blocker_id', '=', viewerId).execute(),
      this.db.selectFrom('blocks').select('blocker_id as id').where('blocked_id', '=', viewerId).execute(),
    ]);
    return new Set([...mine, ...theirs].map((r) => r.id));
  }

  async followeeIds(viewerId: string): Promise<Set<string>> {
    const rows = await this.db.selectFrom('follows').select('followee_id').where('follower_id', '=', viewerId).execute();
    return new Set(rows.map((r) => r.followee_id));
  }

  /** Of `ids`, those the viewer follows. */
  async followedAmong(viewerId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.selectFrom('follows').select('followee_id').where('follower_id', '=', viewerId).where('followee_id', 'in', [...new Set(ids)]).execute();
    return new Set(rows.map((r) => r.followee_id));
  }

  /** A page of followers (`direction: 'followers'`) or followees of a user, newest follow first. */
  async listFollows(userId: string, direction: 'followers' | 'following', cursor: TimeCursor | undefined, limit: number): Promise<PageOf<string>> {
    const [mine, other] = direction === 'followers' ? (['followee_id', 'follower_id'] as const) : (['follower_id', 'followee_id'] as const);
    let q = this.db.selectFrom('follows').select([`${other} as id`, 'created_at']).where(mine, '=', userId);
    if (cursor) q = q.where((eb) => eb.or([eb('created_at', '<', cursor.time), eb.and([eb('created_at', '=', cursor.time), eb(other, '<', cursor.id)])]));
    const rows = await q.orderBy('created_at', 'desc').orderBy(other, 'desc').limit(limit + 1).execute();
    const page = pageOf(rows, limit, (r) => ({ time: r.created_at, id: r.id }));
    return { rows: page.rows.map((r) => r.id), next: page.next };
  }
}
