/** Posts and what hangs off them: likes, reports, remix links; the post lists of profiles and feeds. */
import type { AppDb, PostRow, Visibility } from '../AppDatabase.ts';
import { visiblePostsFilter } from '../access/visiblePostsFilter.ts';
import { pageOf, type TimeCursor } from '../paging/TimeCursor.ts';
import type { PageOf } from './SocialStore.ts';

const POST_COLUMNS = [
  'p.id', 'p.user_id', 'p.video_id', 'p.caption', 'p.visibility', 'p.remix_of_post_id', 'p.like_count', 'p.comment_count', 'p.remix_count', 'p.created_at', 'p.updated_at', 'p.provenance',
] as const;

export class PostStore {
  constructor(readonly db: AppDb) {}

  /** Insert a post made from a draft; counts a remix on its source. */
  async insert(row: Omit<PostRow, 'like_count' | 'comment_count' | 'remix_count' | 'provenance'>): Promise<PostRow> {
    const full: PostRow = { ...row, like_count: 0, comment_count: 0, remix_count: 0, provenance: null };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('posts').values(full).execute();
      await tx.updateTable('drafts').set({ post_id: row.id }).where('video_id', '=', row.video_id).execute();
      if (row.remix_of_post_id) {
        await tx.updateTable('posts').set((eb) => ({ remix_count: eb('remix_count', '+', 1) })).where('id', '=', row.remix_of_post_id).execute();
      }
      // A posted video is kept (drafts expire with the other videos).
      await tx.updateTable('videos').set({ expires_at: null }).where('id', '=', row.video_id).execute();
    });
    return full;
  }

  get(id: string): Promise<PostRow | undefined> {
    return this.db.selectFrom('posts as p').select(POST_COLUMNS).where('p.id', '=', id).executeTakeFirst();
  }

  async byIds(ids: readonly string[]): Promise<Map<string, PostRow>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.db.selectFrom('posts as p').select(POST_COLUMNS).where('p.id', 'in', unique).execute();
    return new Map(rows.map((r) => [r.id, r]));
  }

  async update(id: string, fields: { caption?: string; visibility?: Visibility }, now: number): Promise<void> {
    await this.db
      .updateTable('posts')
      .set({ ...(fields.caption !== undefined ? { caption: fields.caption } : {}), ...(fields.visibility !== undefined ? { visibility: fields.visibility } : {}), updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  /** Remove a post with its likes, comments, reports and notifications (the video is removed by the caller). */
  async delete(post: PostRow): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('likes').where('post_id', '=', post.id).execute();
      await tx.deleteFrom('comments').where('post_id', '=', post.id).execute();
      await tx.deleteFrom('reports').where('post_id', '=', post.id).execute();
      await tx.deleteFrom('notifications').where('post_id', '=', post.id).execute();
      await tx.deleteFrom('drafts').where('video_id', '=', post.video_id).execute();
      await tx.deleteFrom('posts').where('id', '=', post.id).execute();
      if (post.remix_of_post_id) {
        await tx
          .updateTable('posts')
          .set((eb) => ({ remix_count: eb('remix_count', '-', 1) }))
          .where('id', '=', post.remix_of_post_id)
          .where('remix_count', '>', 0)
          .execute();
      }
    });
  }

  async setProvenance(id: string, provenance: string): Promise<void> {
    await this.db.updateTable('posts').set({ provenance }).where('id', '=', id).execute();
  }

  /** Like (idempotent); returns whether it was new and the like count. */
  async like(postId: string, userId: string, now: number): Promise<{ added: boolean; likes: number }> {
    return this.db.transaction().execute(async (tx) => {
      const r = await tx
        .insertInto('likes')
        .values({ post_id: postId, user_id: userId, created_at: now })
        .onConflict((oc) => oc.columns(['post_id', 'user_id']).doNothing())
        .executeTakeFirst();
      const added = Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
      if (added) await tx.updateTable('posts').set((eb) => ({ like_count: eb('like_count', '+', 1) })).where('id', '=', postId).execute();
      const row = await tx.selectFrom('posts').select('like_count').where('id', '=', postId).executeTakeFirst();
      return { added, likes: row?.like_count ?? 0 };
    });
  }

  async unlike(postId: string, userId: string): Promise<{ likes: number }> {
    return this.db.transaction().execute(async (tx) => {
      const r = await tx.deleteFrom('likes').where('post_id', '=', postId).where('user_id', '=', userId).executeTakeFirst();
      if (Number(r.numDeletedRows) === 1) {
        await tx.updateTable('posts').set((eb) => ({ like_count: eb('like_count', '-', 1) })).where('id', '=', postId).where('like_count', '>', 0).execute();
      }
      const row = await tx.selectFrom('posts').select('like_count').where('id', '=', postId).executeTakeFirst();
      return { likes: row?.like_count ?? 0 };
    });
  }

  /** Of `postIds`, those the user liked. */
  async likedAmong(userId: string, postIds: readonly string[]): Promise<Set<string>> {
    if (postIds.length === 0) return new Set();
    const rows = await this.db.selectFrom('likes').select('post_id').where('user_id', '=', userId).where('post_id', 'in', [...new Set(postIds)]).execute();
    return new Set(rows.map((r) => r.post_id));
  }

  /** True when the report is new (one per person and post). */
  async report(postId: string, reporterId: string, reason: string, now: number): Promise<boolean> {
    const r = await this.db
      .insertInto('reports')
      .values({ post_id: postId, reporter_id: reporterId, reason, created_at: now })
      .onConflict((oc) => oc.columns(['post_id', 'reporter_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  /** A user's posts the viewer may see, newest first. */
  async listByAuthor(authorId: string, viewerId: string | null, cursor: TimeCursor | undefined, limit: number): Promise<PageOf<PostRow>> {
    let q = this.db.selectFrom('posts as p').select(POST_COLUMNS).where('p.user_id', '=', authorId).where((eb) => visiblePostsFilter(eb, viewerId));
    if (cursor) q = q.where((eb) => eb.or([eb('p.created_at', '<', cursor.time), eb.and([eb('p.created_at', '=', cursor.time), eb('p.id', '<', cursor.id)])]));
    const rows = await q.orderBy('p.created_at', 'desc').orderBy('p.id', 'desc').limit(limit + 1).execute();
    return pageOf(rows, limit, (r) => ({ time: r.created_at, id: r.id }));
  }

  async countVisibleByAuthor(authorId: string, viewerId: string | null): Promise<number> {
    const row = await this.db
      .selectFrom('posts as p')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.user_id', '=', authorId)
      .where((eb) => visiblePostsFilter(eb, viewerId))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * Posts of the given accounts (the ones the viewer follows) that followers may see, newest
   * first. Following someone means neither blocked the other (a block ends follows). The ids
   * come from the (user_id, created_at, visibility, id) index alone; then the rows.
   */
  async followingFeed(followeeIds: readonly string[], cursor: TimeCursor | undefined, limit: number): Promise<PageOf<PostRow>> {
    if (followeeIds.length === 0) return { rows: [], next: null };
    let q = this.db
      .selectFrom('posts as p')
      .select(['p.id', 'p.created_at'])
      .where('p.user_id', 'in', [...followeeIds])
      .where('p.visibility', '<>', 'private');
    if (cursor) q = q.where((eb) => eb.or([eb('p.created_at', '<', cursor.time), eb.and([eb('p.created_at', '=', cursor.time), eb('p.id', '<', cursor.id)])]));
    const keys = await q.orderBy('p.created_at', 'desc').orderBy('p.id', 'desc').limit(limit + 1).execute();
    const rows = await this.byIds(keys.map((k) => k.id));
    return pageOf(keys.flatMap((k) => rows.get(k.id) ?? []), limit, (r) => ({ time: r.created_at, id: r.id }));
  }

  /** The newest public posts up to a time (the shared part of the For You candidates). */
  newestPublic(before: number, limit: number): Promise<PostRow[]> {
    return this.db
      .selectFrom('posts as p')
      .select(POST_COLUMNS)
      .where('p.visibility', '=', 'public')
      .where('p.created_at', '<=', before)
      .orderBy('p.visibility')
      .orderBy('p.created_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** The newest posts of the given (followed) accounts that followers may see, up to a time (ids from the index, then rows). */
  async newestFromFollowed(followeeIds: readonly string[], before: number, limit: number): Promise<PostRow[]> {
    if (followeeIds.length === 0) return [];
    const keys = await this.db
      .selectFrom('posts as p')
      .select(['p.id'])
      .where('p.user_id', 'in', [...followeeIds])
      .where('p.visibility', '<>', 'private')
      .where('p.created_at', '<=', before)
      .orderBy('p.created_at', 'desc')
      .limit(limit)
      .execute();
    const rows = await this.byIds(keys.map((k) => k.id));
    return keys.flatMap((k) => rows.get(k.id) ?? []);
  }

  /** Direct remixes of a post that the viewer may see, newest first. */
  remixesOf(postId: string, viewerId: string | null, limit: number): Promise<PostRow[]> {
    return this.db
      .selectFrom('posts as p')
      .select(POST_COLUMNS)
      .where('p.remix_of_post_id', '=', postId)
      .where((eb) => visiblePostsFilter(eb, viewerId))
      .orderBy('p.created_at', 'desc')
      .limit(limit)
      .execute();
  }
}
