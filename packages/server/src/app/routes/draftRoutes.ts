/** Create: presets, drafts (videos private to their owner), live progress, the plan, media. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parsePlan, type ScenePlan } from '@klappe/engine';
import { MAX_DURATION, MIN_DURATION } from '@klappe/engine';
import { z } from 'zod';
import { ApiError, invalidValue } from '../../api/ApiError.ts';
import { parseInput } from '../../api/parseInput.ts';
import { videoBlobKeys } from '../../blobs/BlobStore.ts';
import { VIDEO_ID_PATTERN } from '../../store/newId.ts';
import type { AppContext } from '../AppContext.ts';
import type { UserRow } from '../AppDatabase.ts';
import { buildDraftPlan } from '../create/buildDraftPlan.ts';
import { listPresets, STYLES } from '../create/presetCatalogue.ts';
import { PresetThumbnails } from '../create/presetThumbnails.ts';
import { previewKey, type PreviewFrames } from '../create/PreviewFrames.ts';
import { notFound, requireUser } from '../http/requireUser.ts';
import { sendBlob } from '../../api/content/sendBlob.ts';
import { decodeTimeCursor } from '../paging/TimeCursor.ts';
import { ViewerAccess } from '../views/presentPosts.ts';
import { POST_ID } from '../store/appIds.ts';
import type { DraftWithVideo } from '../store/DraftStore.ts';
import { ASPECTS, aspectOfSize, type Aspect } from '../views/aspectOfSize.ts';
import { draftView } from '../views/draftView.ts';
import { checkText } from '../trust/TrustHooks.ts';

const createDraftSchema = z.strictObject({
  prompt: z.string().max(4000, 'prompt must be at most 4000 characters').optional(),
  plan: z.record(z.string(), z.unknown(), { message: 'plan must be a ScenePlan object' }).optional(),
  preset: z.string().max(64).optional(),
  aspect: z.enum(ASPECTS as [Aspect, ...Aspect[]], { message: `aspect must be one of ${ASPECTS.join(', ')}` }).optional(),
  seconds: z.number().int().min(MIN_DURATION).max(MAX_DURATION).optional(),
  seed: z.number().int().min(0).max(4294967295).optional(),
  style: z.string().refine((s) => STYLES.includes(s), { message: `style must be one of ${STYLES.join(', ')}` }).optional(),
  remixOf: z.string().regex(POST_ID, 'remixOf must be a post id').optional(),
});

export const listQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

const POLL_MS = 500;
const PING_MS = 15_000;

export function registerDraftRoutes(app: FastifyInstance, ctx: AppContext, previews: PreviewFrames | undefined): void {
  const thumbnails = new PresetThumbnails();
  const presets = listPresets().map((p) => ({ ...p, thumbnailUrl: thumbnails.url(p.id) }));

  /** The user's own draft, or 404 for anyone else (drafts are private). */
  const ownDraft = async (user: UserRow, id: string): Promise<DraftWithVideo> => {
    const d = VIDEO_ID_PATTERN.test(id) ? await ctx.drafts.get(id) : undefined;
    if (!d || d.user_id !== user.id) throw notFound('draft', id);
    return d;
  };

  app.get('/presets', async () => ({ data: presets, styles: STYLES, aspects: ASPECTS }));

  app.get<{ Params: { id: string } }>('/presets/:id/thumbnail.jpg', async (req, reply) => {
    const jpeg = thumbnails.get(req.params.id);
    if (!jpeg) throw new ApiError(404, `No preset '${req.params.id}'.`, { param: 'id', code: 'preset_not_found' });
    return reply.header('content-type', 'image/jpeg').header('cache-control', 'public, max-age=86400').send(jpeg);
  });

  app.post('/drafts', async (req) => {
    const user = requireUser(req);
    const body = parseInput(createDraftSchema, req.body);
    const preset = body.preset !== undefined ? presets.find((p) => p.id === body.preset) : undefined;
    if (body.preset !== undefined && !preset) {
      throw invalidValue('preset', presets.length ? `Unknown preset '${body.preset}'. Choose one of ${presets.map((p) => p.id).join(', ')}.` : `Unknown preset '${body.preset}': there are no presets yet.`);
    }
    if (body.prompt) await checkText(ctx.trust, body.prompt, 'prompt');
    let sourcePlan: ScenePlan | undefined;
    if (body.remixOf) {
      const source = await ctx.posts.get(body.remixOf);
      const [visible] = source ? await new ViewerAccess(ctx, user.id).canSee([source]) : [false];
      if (!source || !visible) throw notFound('post', body.remixOf);
      const video = await ctx.videos.getWithPlan(source.video_id);
      if (!video) throw notFound('post', body.remixOf);
      sourcePlan = parsePlan(JSON.parse(video.plan));
    }
    const plan = buildDraftPlan({ ...body, preset }, sourcePlan);
    const { row } = await ctx.service.create(
      { plan, ...(body.prompt?.trim() ? { prompt: body.prompt.trim() } : {}), ...(preset ? { preset: preset.id } : {}) },
      undefined,
      { keyId: `user:${user.id}` },
      undefined,
    );
    const now = ctx.now();
    await ctx.drafts.insert({ video_id: row.id, user_id: user.id, aspect: aspectOfSize(row.size), style: plan.look?.style ?? null, remix_of_post_id: body.remixOf ?? null, post_id: null, created_at: now });
    void previews?.request(row.id, plan, async () => {
      const d = await ctx.drafts.get(row.id);
      return !!d && d.status !== 'completed' && d.status !== 'failed';
    });
    const draft = await ctx.drafts.get(row.id);
    if (!draft) throw notFound('draft', row.id);
    return draftView(draft);
  });

  app.get('/drafts', async (req) => {
    const user = requireUser(req);
    const q = parseInput(listQuery, req.query);
    const page = await ctx.drafts.listUnposted(user.id, decodeTimeCursor(q.cursor), q.limit ?? 20);
    return { data: page.rows.map(draftView), next_cursor: page.next };
  });

  app.get<{ Params: { id: string } }>('/drafts/:id', async (req) => draftView(await ownDraft(requireUser(req), req.params.id)));

  app.get<{ Params: { id: string } }>('/drafts/:id/plan', async (req) => {
    const d = await ownDraft(requireUser(req), req.params.id);
    const text = await ctx.drafts.plan(d.video_id);
    if (!text) throw notFound('draft', d.video_id);
    const plan = JSON.parse(text) as ScenePlan;
    return { plan, ungrounded: plan.ungrounded ?? [] };
  });

  const previewAvailable = async (d: DraftWithVideo) => d.status === 'completed' || !!(await ctx.blobs.stat(previewKey(d.video_id)));

  app.get<{ Params: { id: string } }>('/drafts/:id/preview.jpg', async (req, reply) => {
    const d = await ownDraft(requireUser(req), req.params.id);
    const keys = videoBlobKeys(d.video_id);
    if (d.status === 'completed' && !d.assets_expired && (await ctx.blobs.stat(keys.thumbnail))) return sendBlob(req, reply, ctx.blobs, keys.thumbnail, 'image/jpeg', { etagId: `${d.video_id}-thumb` });
    if (await ctx.blobs.stat(previewKey(d.video_id))) return sendBlob(req, reply, ctx.blobs, previewKey(d.video_id), 'image/jpeg', { etagId: `${d.video_id}-preview` });
    throw new ApiError(404, 'No preview yet: it appears a moment after the draft is created.', { code: 'preview_not_ready' });
  });

  const sendDraftMedia = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, variant: 'video' | 'thumbnail') => {
    const d = await ownDraft(requireUser(req), req.params.id);
    if (d.status !== 'completed') {
      throw new ApiError(409, d.status === 'failed' ? 'This draft failed to render; it has no video.' : `This draft is still rendering (${d.progress}%).`, { code: d.status === 'failed' ? 'draft_failed' : 'draft_not_ready' });
    }
    if (d.assets_expired) throw new ApiError(404, 'The files of this draft expired and were removed.', { code: 'draft_expired' });
    const key = videoBlobKeys(d.video_id)[variant];
    return sendBlob(req, reply, ctx.blobs, key, variant === 'video' ? 'video/mp4' : 'image/jpeg', { etagId: `${d.video_id}-${variant}` });
  };
  app.get<{ Params: { id: string } }>('/drafts/:id/video', (req, reply) => sendDraftMedia(req, reply, 'video'));
  app.get<{ Params: { id: string } }>('/drafts/:id/thumbnail.jpg', (req, reply) => sendDraftMedia(req, reply, 'thumbnail'));

  app.delete<{ Params: { id: string } }>('/drafts/:id', async (req) => {
    const d = await ownDraft(requireUser(req), req.params.id);
    if (d.post_id) throw new ApiError(409, 'This draft is posted: delete the post instead.', { code: 'draft_posted' });
    await ctx.service.delete(d.video_id);
    await ctx.drafts.delete(d.video_id);
    return { id: d.video_id, deleted: true };
  });

  app.get<{ Params: { id: string } }>('/drafts/:id/events', async (req, reply) => {
    const user = requireUser(req);
    let d = await ownDraft(user, req.params.id);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': req.id,
    });
    let closed = false;
    req.raw.on('close', () => (closed = true));
    const send = (event: string, data: unknown) => {
      if (!closed) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    let last = '';
    let lastPing = Date.now();
    try {
      for (;;) {
        const done = d.status === 'completed' || d.status === 'failed';
        const progress = { status: d.status, progress: d.progress, previewUrl: (await previewAvailable(d)) ? `/app/api/drafts/${d.video_id}/preview.jpg` : null };
        const key = JSON.stringify(progress);
        if (key !== last) {
          send('progress', progress);
          last = key;
        }
        if (done) {
          send('done', draftView(d));
          break;
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
        if (closed) break;
        if (Date.now() - lastPing >= PING_MS) {
          raw.write(': ping\n\n');
          lastPing = Date.now();
        }
        const next = await ctx.drafts.get(d.video_id);
        if (!next) {
          send('deleted', { id: d.video_id });
          break;
        }
        d = next;
      }
    } catch (err) {
      ctx.logger.warn({ err, reqId: req.id }, 'draft events stream failed');
    } finally {
      raw.end();
    }
  });
}
