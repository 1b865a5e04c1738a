/** GET /feed: For You (ranked, see docs/ranking.md) and Following (newest first). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../api/parseInput.ts';
import type { AppContext } from '../AppContext.ts';
import type { PostRow } from '../AppDatabase.ts';
import { requireUser } from '../http/requireUser.ts';
import { decodeTimeCursor } from '../paging/TimeCursor.ts';
import { presentPosts, ViewerAccess } from '../views/presentPosts.ts';

const feedQuery = z.object({
  tab: z.enum(['foryou', 'following'], { message: 'tab must be "foryou" or "following"' }).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export function registerFeedRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/feed', async (req) => {
    const q = parseInput(feedQuery, req.query);
    const limit = q.limit ?? 20;
    if (q.tab === 'following') {
      const user = requireUser(req);
      const page = await ctx.posts.followingFeed([...(await ctx.social.followeeIds(user.id))], decodeTimeCursor(q.cursor), limit);
      return { data: await presentPosts(ctx, new ViewerAccess(ctx, user.id), page.rows), next_cursor: page.next };
    }
    const viewerId = req.appUser?.id ?? null;
    const page = await ctx.feed.page(viewerId, q.cursor, limit, ctx.now());
    const rows = await ctx.posts.byIds(page.ids);
    const ordered = page.ids.map((id) => rows.get(id)).filter((r): r is PostRow => r !== undefined);
    return { data: await presentPosts(ctx, new ViewerAccess(ctx, viewerId), ordered), next_cursor: page.next };
  });
}
