/** Comments on posts, with one level of replies; the post's comment count follows them. */
import type { AppDb, CommentRow } from '../AppDatabase.ts';
import { pageOf, type TimeCursor } from '../paging/TimeCursor.ts';
import type { PageOf } from './SocialStore.ts';
import { newCommentId } from './appIds.ts';

export class CommentStore {
  constructor(readonly db: AppDb) {}

  async add(input: { postId: string; userId: string; parentId: string | null; text: string; now: number }): Promise<CommentRow> {
    const row: CommentRow = { id: newCommentId(input.now), post_id: input.postId, user_id: input.userId, parent_id: input.parentId, text: input.text, created_at: input.now };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('comments').values(row).execute();
      await tx.updateTable('posts').set((eb) => ({ comment_count: eb('comment_count', '+', 1) })).where('id', '=', input.postId).execute();
    });
    return row;
  }

  get(id: string): Promise<CommentRow | undefined> {
    return this.db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** A post's comments, oldest first (ids sort by time). */
  async list(postId: string, cursor: TimeCursor | undefined, limit: number): Promise<PageOf<CommentRow>> {
    let q = this.db.selectFrom('comments').selectAll().where('post_id', '=', postId);
    if (cursor) q = q.where('id', '>', cursor.id);
    const rows = await q.orderBy('id', 'asc').limit(limit + 1).execute();
    return pageOf(rows, limit, (r) => ({ time: r.created_at, id: r.id }));
  }

  /** Delete a comment and, for a top-level one, its replies; returns how many went. */
  async delete(comment: CommentRow): Promise<number> {
    return this.db.transaction().execute(async (tx) => {
      const ids = [comment.id];
      if (comment.parent_id === null) {
        const replies = await tx.selectFrom('comments').select('id').where('parent_id', '=', comment.id).execute();
        ids.push(...replies.map((r) => r.id));
      }
      const r = await tx.deleteFrom('comments').where('id', 'in', ids).executeTakeFirst();
      const n = Number(r.numDeletedRows);
      await tx.deleteFrom('notifications').where('comment_id', 'in', ids).execute();
      await tx
        .updateTable('posts')
        .set((eb) => ({ comment_count: eb.case().when('comment_count', '>', n).then(eb('comment_count', '-', n)).else(0).end() }))
        .where('id', '=', comment.post_id)
        .execute();
      return n;
    });
  }
}
