/** Notifications: likes, comments, replies, remixes and follows, for the person they concern. */
import type { AppDb, NotificationKind, NotificationRow } from '../AppDatabase.ts';
import { pageOf, type TimeCursor } from '../paging/TimeCursor.ts';
import type { PageOf } from './SocialStore.ts';
import { newNotificationId } from './appIds.ts';

export class NotificationStore {
  constructor(readonly db: AppDb) {}

  /** Notify `userId` of what `actorId` did; nothing for one's own actions. */
  async add(input: { userId: string; kind: NotificationKind; actorId: string; postId?: string | null; commentId?: string | null; now: number }): Promise<void> {
    if (input.userId === input.actorId) return;
    await this.db
      .insertInto('notifications')
      .values({
        id: newNotificationId(input.now),
        user_id: input.userId,
        kind: input.kind,
        actor_id: input.actorId,
        post_id: input.postId ?? null,
        comment_id: input.commentId ?? null,
        created_at: input.now,
        read_at: null,
      })
      .execute();
  }

  /** Remove a notification of an action that was undone (an unlike, an unfollow). */
  async retract(input: { userId: string; kind: NotificationKind; actorId: string; postId?: string | null }): Promise<void> {
    let q = this.db.deleteFrom('notifications').where('user_id', '=', input.userId).where('kind', '=', input.kind).where('actor_id', '=', input.actorId);
    q = input.postId ? q.where('post_id', '=', input.postId) : q.where('post_id', 'is', null);
    await q.execute();
  }

  /** Newest first; leaves out notifications from accounts in `hideActors` (blocked). */
  async list(userId: string, cursor: TimeCursor | undefined, limit: number): Promise<PageOf<NotificationRow>> {
    let q = this.db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
    if (cursor) q = q.where('id', '<', cursor.id);
    const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
    return pageOf(rows, limit, (r) => ({ time: r.created_at, id: r.id }));
  }

  async unreadCount(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Mark some (or all, without ids) of a user's notifications read. */
  async markRead(userId: string, ids: readonly string[] | undefined, now: number): Promise<void> {
    let q = this.db.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null);
    if (ids) {
      if (ids.length === 0) return;
      q = q.where('id', 'in', [...ids]);
    }
    await q.execute();
  }
}
