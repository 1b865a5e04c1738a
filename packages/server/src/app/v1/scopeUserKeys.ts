/**
 * API keys made on the app's API-keys page act for their account on /v1: they see, download,
 * remix and delete only that account's videos (its drafts and what its keys made). Keys made
 * by the operator (`klappe keys create`) keep seeing every video.
 */
import type { FastifyInstance } from 'fastify';
import { videoNotFound } from '../../api/ApiError.ts';
import { parseInput } from '../../api/parseInput.ts';
import { listQuerySchema } from '../../api/schemas.ts';
import { toVideoObject } from '../../api/videoObject.ts';
import { invalidValue } from '../../api/ApiError.ts';
import { VIDEO_ID_PATTERN } from '../../store/newId.ts';
import type { AppDb } from '../AppDatabase.ts';

const OWNER_CACHE_MS = 5000;

export function scopeUserKeys(app: FastifyInstance, db: AppDb): void {
  const owners = new Map<string, { userId: string | null; until: number }>();
  const ownerOf = async (keyId: string): Promise<string | null> => {
    const now = Date.now();
    const hit = owners.get(keyId);
    if (hit && hit.until > now) return hit.userId;
    const row = await db.selectFrom('user_api_keys').select('user_id').where('key_id', '=', keyId).executeTakeFirst();
    if (owners.size > 10_000) owners.clear();
    owners.set(keyId, { userId: row?.user_id ?? null, until: now + OWNER_CACHE_MS });
    return row?.user_id ?? null;
  };
  /** Every owner_key_id value that means "this account". */
  const ownerKeys = async (userId: string): Promise<string[]> => {
    const rows = await db.selectFrom('user_api_keys').select('key_id').where('user_id', '=', userId).execute();
    return [`user:${userId}`, ...rows.map((r) => r.key_id)];
  };

  app.addHook('preHandler', async (req, reply) => {
    if (!req.apiKey) return;
    const route = req.routeOptions.url ?? '';
    if (!route.startsWith('/v1/videos')) return;
    const userId = await ownerOf(req.apiKey.id);
    if (!userId) return;
    const videoId = (req.params as { video_id?: string } | undefined)?.video_id;
    if (videoId !== undefined) {
      const row = VIDEO_ID_PATTERN.test(videoId) ? await db.selectFrom('videos').select('owner_key_id').where('id', '=', videoId).executeTakeFirst() : undefined;
      if (row && !(await ownerKeys(userId)).includes(row.owner_key_id ?? '')) throw videoNotFound(videoId);
      return;
    }
    if (route === '/v1/videos' && req.method === 'GET') {
      const q = parseInput(listQuerySchema, req.query);
      if (q.after !== undefined && !VIDEO_ID_PATTERN.test(q.after)) throw invalidValue('after', `Invalid 'after': '${q.after}' is not a video id.`);
      const order = q.order ?? 'desc';
      const limit = q.limit ?? 20;
      let query = db
        .selectFrom('videos')
        .select([
          'id', 'status', 'progress', 'model', 'tier', 'seconds', 'size', 'prompt', 'preset', 'seed', 'input_reference_key', 'remixed_from_video_id',
          'owner_key_id', 'created_at', 'started_at', 'completed_at', 'expires_at', 'assets_expired', 'error_code', 'error_message', 'attempts',
        ])
        .where('owner_key_id', 'in', await ownerKeys(userId));
      if (q.after !== undefined) query = query.where('id', order === 'asc' ? '>' : '<', q.after);
      const rows = await query.orderBy('id', order).limit(limit + 1).execute();
      const page = rows.slice(0, limit);
      return reply.send({ object: 'list', data: page.map(toVideoObject), first_id: page[0]?.id ?? null, last_id: page.at(-1)?.id ?? null, has_more: rows.length > limit });
    }
  });
}
