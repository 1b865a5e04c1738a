/** The account's avatar and its API keys for /v1. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../../api/ApiError.ts';
import { sniffImage } from '../../api/create/sniffImage.ts';
import { parseInput } from '../../api/parseInput.ts';
import { createApiKey } from '../../auth/createApiKey.ts';
import type { AppContext } from '../AppContext.ts';
import { notFound, requireUser } from '../http/requireUser.ts';
import { readUpload } from '../http/readUpload.ts';
import { sendBlob } from '../../api/content/sendBlob.ts';
import { USERNAME } from '../store/appIds.ts';
import { meView } from '../views/meView.ts';
import { checkImage } from '../trust/TrustHooks.ts';

const MAX_AVATAR_SIDE = 4096;
const keyName = z.strictObject({ name: z.string().trim().min(1).max(60, 'a key name has at most 60 characters').optional() });

export function registerMeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/me/avatar', async (req) => {
    const user = requireUser(req);
    const bytes = await readUpload(req, { field: 'file', maxBytes: ctx.settings.maxAvatarBytes, what: 'avatar image' });
    const info = sniffImage(bytes);
    if (!info) throw new ApiError(415, 'The avatar must be a PNG, JPEG or WebP image.', { param: 'file', code: 'unsupported_image' });
    if (info.width > MAX_AVATAR_SIDE || info.height > MAX_AVATAR_SIDE) {
      throw new ApiError(400, `The avatar is ${info.width}×${info.height}; at most ${MAX_AVATAR_SIDE} pixels a side.`, { param: 'file', code: 'image_too_large' });
    }
    await checkImage(ctx.trust, bytes, 'file');
    const key = `avatars/${user.id}/${user.avatar_version + 1}.${info.ext}`;
    if (user.avatar_key) await ctx.blobs.deletePrefix(`avatars/${user.id}/`).catch(() => {});
    await ctx.blobs.putBuffer(key, bytes);
    await ctx.users.setAvatar(user.id, key);
    return meView(ctx, (await ctx.users.byId(user.id))!);
  });

  app.delete('/me/avatar', async (req) => {
    const user = requireUser(req);
    if (user.avatar_key) {
      await ctx.users.setAvatar(user.id, null);
      await ctx.blobs.deletePrefix(`avatars/${user.id}/`).catch(() => {});
    }
    return meView(ctx, (await ctx.users.byId(user.id))!);
  });

  app.get<{ Params: { username: string } }>('/users/:username/avatar', async (req, reply) => {
    const name = req.params.username.toLowerCase();
    const user = USERNAME.test(name) ? await ctx.users.byUsername(name) : undefined;
    if (!user?.avatar_key) throw notFound('user', name);
    const ext = user.avatar_key.split('.').pop();
    const type = ext === 'png' ? 'image/png' : ext === 'webp' ? 'image/webp' : 'image/jpeg';
    return sendBlob(req, reply, ctx.blobs, user.avatar_key, type, { etagId: `${user.id}-avatar-${user.avatar_version}` });
  });

  app.get('/me/keys', async (req) => {
    const user = requireUser(req);
    const rows = await ctx.db
      .selectFrom('user_api_keys as u')
      .innerJoin('api_keys as k', 'k.id', 'u.key_id')
      .select(['k.id', 'k.name', 'k.key_prefix', 'k.created_at'])
      .where('u.user_id', '=', user.id)
      .where('k.revoked_at', 'is', null)
      .orderBy('k.created_at', 'desc')
      .execute();
    return { data: rows.map((k) => ({ id: k.id, name: k.name, prefix: k.key_prefix, createdAt: k.created_at })) };
  });

  app.post('/me/keys', async (req) => {
    const user = requireUser(req);
    const { name } = parseInput(keyName, req.body);
    const made = await createApiKey(ctx.keys, name ?? 'app key', ctx.now());
    await ctx.db.insertInto('user_api_keys').values({ key_id: made.id, user_id: user.id }).execute();
    return { id: made.id, name: made.name, prefix: `${made.key.slice(0, 7)}…`, createdAt: made.createdAt, key: made.key };
  });

  app.delete<{ Params: { id: string } }>('/me/keys/:id', async (req) => {
    const user = requireUser(req);
    const owned = await ctx.db.selectFrom('user_api_keys').select('key_id').where('key_id', '=', req.params.id).where('user_id', '=', user.id).executeTakeFirst();
    if (!owned || !(await ctx.keys.revoke(owned.key_id, ctx.now()))) throw notFound('key', req.params.id);
    return { id: owned.key_id, deleted: true };
  });
}
