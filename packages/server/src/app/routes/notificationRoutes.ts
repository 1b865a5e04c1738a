/** Notifications of likes, comments, replies, remixes and follows. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../api/parseInput.ts';
import type { AppContext } from '../AppContext.ts';
import { requireUser } from '../http/requireUser.ts';
import { decodeTimeCursor } from '../paging/TimeCursor.ts';
import { NOTIFICATION_ID } from '../store/appIds.ts';
import { authorView } from '../views/authorView.ts';
import { ViewerAccess } from '../views/presentPosts.ts';
import { listQuery } from './draftRoutes.ts';

const readBody = z.strictObject({ ids: z.array(z.string().regex(NOTIFICATION_ID, 'ids must be notification ids')).max(500).optional() });

export function registerNotificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/notifications', async (req) => {
    const user = requireUser(req);
    const q = parseInput(listQuery, req.query);
    const access = new ViewerAccess(ctx, user.id);
    const [page, unread, blocked] = await Promise.all([
      ctx.notifications.list(user.id, decodeTimeCursor(q.cursor), q.limit ?? 20),
      ctx.notifications.unreadCount(user.id),
      access.blockedEitherWay(),
    ]);
    const rows = page.rows.filter((n) => !blocked.has(n.actor_id));
    const [actors, posts, comments] = await Promise.all([
      ctx.users.byIds(rows.map((n) => n.actor_id)),
      ctx.posts.byIds(rows.flatMap((n) => (n.post_id ? [n.post_id] : []))),
      Promise.all(rows.flatMap((n) => (n.comment_id ? [ctx.comments.get(n.comment_id)] : []))),
    ]);
    const postRows = [...posts.values()];
    const seeable = await access.canSee(postRows);
    const visiblePosts = new Set(postRows.filter((_, i) => seeable[i]).map((p) => p.id));
    const commentOf = new Map(comments.filter((c) => c !== undefined).map((c) => [c.id, c]));
    return {
      data: rows.flatMap((n) => {
        const actor = actors.get(n.actor_id);
        if (!actor) return [];
        const post = n.post_id && visiblePosts.has(n.post_id) ? { id: n.post_id, thumbnailUrl: `/app/api/posts/${n.post_id}/thumbnail.jpg` } : null;
        if (n.post_id && !post) return [];
        const c = n.comment_id ? commentOf.get(n.comment_id) : undefined;
        return [{ id: n.id, kind: n.kind, actor: authorView(actor), post, comment: c ? { id: c.id, text: c.text } : null, createdAt: n.created_at, read: n.read_at !== null }];
      }),
      next_cursor: page.next,
      unread,
    };
  });

  app.post('/notifications/read', async (req) => {
    const user = requireUser(req);
    const { ids } = parseInput(readBody, req.body);
    await ctx.notifications.markRead(user.id, ids, ctx.now());
    return { unread: await ctx.notifications.unreadCount(user.id) };
  });
}
