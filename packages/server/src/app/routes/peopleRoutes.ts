/** Profiles, their posts, followers and following; follow and block. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../api/ApiError.ts';
import { parseInput } from '../../api/parseInput.ts';
import type { AppContext } from '../AppContext.ts';
import type { UserRow } from '../AppDatabase.ts';
import { forbidden, notFound, requireUser } from '../http/requireUser.ts';
import { decodeTimeCursor } from '../paging/TimeCursor.ts';
import { USERNAME } from '../store/appIds.ts';
import { authorView, avatarUrlOf } from '../views/authorView.ts';
import { presentPosts, ViewerAccess } from '../views/presentPosts.ts';
import { listQuery } from './draftRoutes.ts';

type ByName = FastifyRequest<{ Params: { username: string } }>;

export function registerPeopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** The named account, unless it blocked the viewer (then: 404, as if it did not exist). */
  const findUser = async (req: ByName): Promise<UserRow> => {
    const name = req.params.username.toLowerCase();
    const user = USERNAME.test(name) ? await ctx.users.byUsername(name) : undefined;
    if (!user) throw notFound('user', name);
    if (req.appUser && req.appUser.id !== user.id) {
      const rel = await ctx.social.relation(req.appUser.id, user.id);
      if (rel.blocksMe) throw notFound('user', name);
    }
    return user;
  };

  app.get<{ Params: { username: string } }>('/users/:username', async (req) => {
    const user = await findUser(req);
    const viewerId = req.appUser?.id ?? null;
    const rel = viewerId && viewerId !== user.id ? await ctx.social.relation(viewerId, user.id) : undefined;
    const [follows, posts] = await Promise.all([ctx.users.followCounts(user.id), ctx.posts.countVisibleByAuthor(user.id, viewerId)]);
    return {
      username: user.username,
      displayName: user.display_name,
      bio: user.bio,
      avatarUrl: avatarUrlOf(user),
      createdAt: user.created_at,
      counts: { ...follows, posts },
      followedByMe: rel?.follows ?? false,
      followsMe: rel?.followedBy ?? false,
      blockedByMe: rel?.blockedByMe ?? false,
      isMe: viewerId === user.id,
    };
  });

  app.get<{ Params: { username: string } }>('/users/:username/posts', async (req) => {
    const user = await findUser(req);
    const q = parseInput(listQuery, req.query);
    const viewerId = req.appUser?.id ?? null;
    const page = await ctx.posts.listByAuthor(user.id, viewerId, decodeTimeCursor(q.cursor), q.limit ?? 20);
    return { data: await presentPosts(ctx, new ViewerAccess(ctx, viewerId), page.rows), next_cursor: page.next };
  });

  for (const direction of ['followers', 'following'] as const) {
    app.get<{ Params: { username: string } }>(`/users/:username/${direction}`, async (req) => {
      const user = await findUser(req);
      const q = parseInput(listQuery, req.query);
      const page = await ctx.social.listFollows(user.id, direction, decodeTimeCursor(q.cursor), q.limit ?? 20);
      const viewerId = req.appUser?.id;
      const access = new ViewerAccess(ctx, viewerId ?? null);
      const [users, followed, blocked] = await Promise.all([
        ctx.users.byIds(page.rows),
        viewerId ? ctx.social.followedAmong(viewerId, page.rows) : Promise.resolve(new Set<string>()),
        access.blockedEitherWay(),
      ]);
      return {
        data: page.rows.flatMap((id) => {
          const u = users.get(id);
          return u && !blocked.has(id) ? [{ ...authorView(u), followedByMe: followed.has(id) }] : [];
        }),
        next_cursor: page.next,
      };
    });
  }

  app.post<{ Params: { username: string } }>('/users/:username/follow', async (req) => {
    const me = requireUser(req);
    const user = await findUser(req);
    if (user.id === me.id) throw new ApiError(400, 'You cannot follow yourself.', { param: 'username', code: 'invalid_value' });
    const rel = await ctx.social.relation(me.id, user.id);
    if (rel.blockedByMe) throw forbidden(`You blocked @${user.username}; unblock them first.`);
    const now = ctx.now();
    if (await ctx.social.follow(me.id, user.id, now)) await ctx.notifications.add({ userId: user.id, kind: 'follow', actorId: me.id, now });
    return { following: true, followers: (await ctx.users.followCounts(user.id)).followers };
  });

  app.delete<{ Params: { username: string } }>('/users/:username/follow', async (req) => {
    const me = requireUser(req);
    const user = await findUser(req);
    await ctx.social.unfollow(me.id, user.id);
    await ctx.notifications.retract({ userId: user.id, kind: 'follow', actorId: me.id });
    return { following: false, followers: (await ctx.users.followCounts(user.id)).followers };
  });

  app.post<{ Params: { username: string } }>('/users/:username/block', async (req) => {
    const me = requireUser(req);
    const user = await findUser(req);
    if (user.id === me.id) throw new ApiError(400, 'You cannot block yourself.', { param: 'username', code: 'invalid_value' });
    await ctx.social.block(me.id, user.id, ctx.now());
    return { blocked: true };
  });

  app.delete<{ Params: { username: string } }>('/users/:username/block', async (req) => {
    const me = requireUser(req);
    const user = await findUser(req);
    await ctx.social.unblock(me.id, user.id);
    return { blocked: false };
  });
}
