/** Posts: publish a draft, read, edit, delete, media, likes, comments, reports and lineage. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../../api/ApiError.ts';
import { parseInput } from '../../api/parseInput.ts';
import { videoBlobKeys } from '../../blobs/BlobStore.ts';
import { VIDEO_ID_PATTERN } from '../../store/newId.ts';
import type { AppContext } from '../AppContext.ts';
import { VISIBILITIES, type PostRow, type Visibility } from '../AppDatabase.ts';
import { forbidden, notFound, requireUser } from '../http/requireUser.ts';
import { sendBlob } from '../../api/content/sendBlob.ts';
import { decodeTimeCursor } from '../paging/TimeCursor.ts';
import { COMMENT_ID, newPostId, POST_ID } from '../store/appIds.ts';
import { authorView } from '../views/authorView.ts';
import { presentPosts, ViewerAccess, type PostView } from '../views/presentPosts.ts';
import { listQuery } from './draftRoutes.ts';
import { checkText } from '../trust/TrustHooks.ts';

const caption = z.string().trim().max(500, 'a caption has at most 500 characters');
const visibility = z.enum(VISIBILITIES, { message: 'visibility must be "public", "followers" or "private"' });
const createPost = z.strictObject({ draftId: z.string().regex(VIDEO_ID_PATTERN, 'draftId must be a draft id'), caption: caption.optional(), visibility });
const patchPost = z.strictObject({ caption: caption.optional(), visibility: visibility.optional() });
const commentBody = z.strictObject({
  text: z.string().trim().min(1, 'a comment must not be empty').max(1000, 'a comment has at most 1000 characters'),
  parentId: z.string().regex(COMMENT_ID, 'parentId must be a comment id').optional(),
});
const reportBody = z.strictObject({ reason: z.string().trim().min(1, 'say what is wrong').max(500, 'a reason has at most 500 characters') });
const MAX_LINEAGE = 50;

export function registerPostRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** A post the viewer may see, or 404 (whether it exists or not). */
  const visiblePost = async (access: ViewerAccess, id: string): Promise<PostRow> => {
    const post = POST_ID.test(id) ? await ctx.posts.get(id) : undefined;
    if (!post) throw notFound('post', id);
    const [ok] = await access.canSee([post]);
    if (!ok) throw notFound('post', id);
    return post;
  };
  const present = async (access: ViewerAccess, post: PostRow): Promise<PostView> => {
    const [view] = await presentPosts(ctx, access, [post]);
    if (!view) throw notFound('post', post.id);
    return view;
  };
  const viewer = (req: FastifyRequest) => new ViewerAccess(ctx, req.appUser?.id ?? null);

  app.post('/posts', async (req) => {
    const user = requireUser(req);
    const body = parseInput(createPost, req.body);
    const draft = await ctx.drafts.get(body.draftId);
    if (!draft || draft.user_id !== user.id) throw notFound('draft', body.draftId);
    if (draft.post_id) throw new ApiError(409, 'This draft is already posted.', { param: 'draftId', code: 'draft_posted' });
    if (draft.status !== 'completed' || draft.assets_expired) {
      throw new ApiError(409, draft.status === 'failed' ? 'This draft failed to render; it cannot be posted.' : 'This draft is still rendering; post it when it is done.', { param: 'draftId', code: 'draft_not_ready' });
    }
    const text = body.caption ?? '';
    await checkText(ctx.trust, text, 'caption');
    const now = ctx.now();
    let remixOf = draft.remix_of_post_id;
    const source = remixOf ? await ctx.posts.get(remixOf) : undefined;
    if (!source) remixOf = null;
    const post = await ctx.posts.insert({ id: newPostId(now), user_id: user.id, video_id: draft.video_id, caption: text, visibility: body.visibility, remix_of_post_id: remixOf, created_at: now, updated_at: now });
    if (source) await ctx.notifications.add({ userId: source.user_id, kind: 'remix', actorId: user.id, postId: post.id, now });
    void ctx.provenance?.check(post.id, post.video_id);
    return present(new ViewerAccess(ctx, user.id), post);
  });

  app.get<{ Params: { id: string } }>('/posts/:id', async (req) => {
    const access = viewer(req);
    return present(access, await visiblePost(access, req.params.id));
  });

  /** The viewer's own post (404 if invisible, 403 if visible but someone else's). */
  const ownPost = async (req: FastifyRequest<{ Params: { id: string } }>): Promise<{ post: PostRow; access: ViewerAccess }> => {
    const user = requireUser(req);
    const access = new ViewerAccess(ctx, user.id);
    const post = await visiblePost(access, req.params.id);
    if (post.user_id !== user.id) throw forbidden('Only its author can change or delete this post.');
    return { post, access };
  };

  app.patch<{ Params: { id: string } }>('/posts/:id', async (req) => {
    const { post, access } = await ownPost(req);
    const body = parseInput(patchPost, req.body);
    if (body.caption !== undefined) await checkText(ctx.trust, body.caption, 'caption');
    await ctx.posts.update(post.id, body as { caption?: string; visibility?: Visibility }, ctx.now());
    return present(access, (await ctx.posts.get(post.id))!);
  });

  app.delete<{ Params: { id: string } }>('/posts/:id', async (req) => {
    const { post } = await ownPost(req);
    await ctx.posts.delete(post);
    await ctx.service.delete(post.video_id);
    return { id: post.id, deleted: true };
  });

  const sendPostMedia = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, variant: 'video' | 'thumbnail') => {
    const post = await visiblePost(viewer(req), req.params.id);
    const key = videoBlobKeys(post.video_id)[variant];
    return sendBlob(req, reply, ctx.blobs, key, variant === 'video' ? 'video/mp4' : 'image/jpeg', { etagId: `${post.id}-${variant}` });
  };
  app.get<{ Params: { id: string } }>('/posts/:id/video', (req, reply) => sendPostMedia(req, reply, 'video'));
  app.get<{ Params: { id: string } }>('/posts/:id/thumbnail.jpg', (req, reply) => sendPostMedia(req, reply, 'thumbnail'));
  // Captions for the player: the clip's WebVTT, or an empty track for a clip without speech.
  app.get<{ Params: { id: string } }>('/posts/:id/captions.vtt', async (req, reply) => {
    const post = await visiblePost(viewer(req), req.params.id);
    const key = videoBlobKeys(post.video_id).captions;
    if (await ctx.blobs.stat(key)) return sendBlob(req, reply, ctx.blobs, key, 'text/vtt; charset=utf-8', { etagId: `${post.id}-captions` });
    return reply.header('content-type', 'text/vtt; charset=utf-8').header('cache-control', 'private, max-age=300').send('WEBVTT\n');
  });

  app.post<{ Params: { id: string } }>('/posts/:id/like', async (req) => {
    const user = requireUser(req);
    const post = await visiblePost(new ViewerAccess(ctx, user.id), req.params.id);
    const r = await ctx.posts.like(post.id, user.id, ctx.now());
    if (r.added) await ctx.notifications.add({ userId: post.user_id, kind: 'like', actorId: user.id, postId: post.id, now: ctx.now() });
    return { liked: true, likes: r.likes };
  });

  app.delete<{ Params: { id: string } }>('/posts/:id/like', async (req) => {
    const user = requireUser(req);
    const post = await visiblePost(new ViewerAccess(ctx, user.id), req.params.id);
    const r = await ctx.posts.unlike(post.id, user.id);
    await ctx.notifications.retract({ userId: post.user_id, kind: 'like', actorId: user.id, postId: post.id });
    return { liked: false, likes: r.likes };
  });

  app.get<{ Params: { id: string } }>('/posts/:id/comments', async (req) => {
    const access = viewer(req);
    const post = await visiblePost(access, req.params.id);
    const q = parseInput(listQuery, req.query);
    const page = await ctx.comments.list(post.id, decodeTimeCursor(q.cursor), q.limit ?? 20);
    const blocked = await access.blockedEitherWay();
    const rows = page.rows.filter((c) => !blocked.has(c.user_id));
    const users = await ctx.users.byIds(rows.map((c) => c.user_id));
    return {
      data: rows.flatMap((c) => {
        const u = users.get(c.user_id);
        return u ? [{ id: c.id, postId: c.post_id, parentId: c.parent_id, author: authorView(u), text: c.text, createdAt: c.created_at, mine: c.user_id === access.viewerId }] : [];
      }),
      next_cursor: page.next,
    };
  });

  app.post<{ Params: { id: string } }>('/posts/:id/comments', async (req) => {
    const user = requireUser(req);
    const access = new ViewerAccess(ctx, user.id);
    const post = await visiblePost(access, req.params.id);
    const body = parseInput(commentBody, req.body);
    let parentId: string | null = null;
    let parentAuthor: string | undefined;
    if (body.parentId) {
      const parent = await ctx.comments.get(body.parentId);
      if (!parent || parent.post_id !== post.id || (await access.blockedEitherWay()).has(parent.user_id)) throw notFound('comment', body.parentId);
      parentId = parent.parent_id ?? parent.id;
      parentAuthor = parent.user_id;
    }
    await checkText(ctx.trust, body.text, 'text');
    const now = ctx.now();
    const c = await ctx.comments.add({ postId: post.id, userId: user.id, parentId, text: body.text, now });
    await ctx.notifications.add({ userId: post.user_id, kind: 'comment', actorId: user.id, postId: post.id, commentId: c.id, now });
    if (parentAuthor && parentAuthor !== post.user_id) await ctx.notifications.add({ userId: parentAuthor, kind: 'reply', actorId: user.id, postId: post.id, commentId: c.id, now });
    return { id: c.id, postId: c.post_id, parentId: c.parent_id, author: authorView(user), text: c.text, createdAt: c.created_at, mine: true };
  });

  app.delete<{ Params: { id: string } }>('/comments/:id', async (req) => {
    const user = requireUser(req);
    const id = req.params.id;
    const c = COMMENT_ID.test(id) ? await ctx.comments.get(id) : undefined;
    if (!c) throw notFound('comment', id);
    const access = new ViewerAccess(ctx, user.id);
    const post = await ctx.posts.get(c.post_id);
    const [visible] = post ? await access.canSee([post]) : [false];
    if (!post || !visible) throw notFound('comment', id);
    if (c.user_id !== user.id && post.user_id !== user.id) throw forbidden("Only the comment's author or the post's author can delete this comment.");
    await ctx.comments.delete(c);
    return { id: c.id, deleted: true };
  });

  app.post<{ Params: { id: string } }>('/posts/:id/report', async (req) => {
    const user = requireUser(req);
    const post = await visiblePost(new ViewerAccess(ctx, user.id), req.params.id);
    const { reason } = parseInput(reportBody, req.body);
    if (await ctx.posts.report(post.id, user.id, reason, ctx.now())) ctx.logger.warn({ event: 'post_reported', postId: post.id, reporterId: user.id }, 'post reported');
    return { reported: true };
  });

  app.get<{ Params: { id: string } }>('/posts/:id/lineage', async (req) => {
    const access = viewer(req);
    const post = await visiblePost(access, req.params.id);
    const sources: (PostRow | { id: null })[] = [];
    const seen = new Set([post.id]);
    let next = post.remix_of_post_id;
    while (next && sources.length < MAX_LINEAGE && !seen.has(next)) {
      seen.add(next);
      const src = await ctx.posts.get(next);
      const [ok] = src ? await access.canSee([src]) : [false];
      if (!src || !ok) {
        sources.push({ id: null });
        break;
      }
      sources.push(src);
      next = src.remix_of_post_id;
    }
    const remixes = await ctx.posts.remixesOf(post.id, access.viewerId, MAX_LINEAGE);
    const rows = [post, ...sources.filter((s): s is PostRow => s.id !== null), ...remixes];
    const views = new Map((await presentPosts(ctx, access, rows)).map((v) => [v.id, v]));
    return {
      post: views.get(post.id),
      sources: sources.map((s) => (s.id === null ? { id: null } : (views.get(s.id) ?? { id: null }))),
      remixes: remixes.map((r) => views.get(r.id)).filter((v) => v !== undefined),
    };
  });
}
