/** The queries on videos and idempotency keys, the same on SQLite and Postgres. */
import type { Kysely } from 'kysely';
import type { Database, NewVideoRow, VideoRow } from './Database.ts';

export type Executor = Kysely<Database>;

/** Every column but the plan (which can be large and is only needed to render or remix). */
const VIDEO_COLUMNS = [
  'id', 'status', 'progress', 'model', 'tier', 'seconds', 'size', 'prompt', 'preset', 'seed', 'input_reference_key', 'remixed_from_video_id',
  'owner_key_id', 'created_at', 'started_at', 'completed_at', 'expires_at', 'assets_expired', 'error_code', 'error_message', 'attempts',
] as const;

export type VideoSummary = Omit<VideoRow, 'plan'>;

export interface ListVideosOptions {
  after?: string;
  limit: number;
  order: 'asc' | 'desc';
}

export class VideoStore {
  constructor(readonly db: Kysely<Database>) {}

  async insert(row: NewVideoRow, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('videos').values(row).execute();
  }

  /** A video without its plan. */
  async get(id: string, tx: Executor = this.db): Promise<VideoSummary | undefined> {
    return tx.selectFrom('videos').select(VIDEO_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  /** A video with its plan (for rendering and remixing). */
  async getWithPlan(id: string): Promise<VideoRow | undefined> {
    return this.db.selectFrom('videos').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** A page of videos ordered by id (= creation time), and whether more follow. */
  async list(opts: ListVideosOptions): Promise<{ rows: VideoSummary[]; hasMore: boolean }> {
    let q = this.db.selectFrom('videos').select(VIDEO_COLUMNS);
    if (opts.after !== undefined) q = q.where('id', opts.order === 'asc' ? '>' : '<', opts.after);
    const rows = await q.orderBy('id', opts.order).limit(opts.limit + 1).execute();
    const hasMore = rows.length > opts.limit;
    return { rows: hasMore ? rows.slice(0, opts.limit) : rows, hasMore };
  }

  /** Videos of one API key that are waiting or rendering (for the concurrent-job quota). */
  async countActiveForKey(keyId: string, tx: Executor = this.db): Promise<number> {
    const row = await tx
      .selectFrom('videos')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_key_id', '=', keyId)
      .where('status', 'in', ['queued', 'in_progress'])
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** A worker starts rendering. False when the video was deleted or has already finished. */
  async markStarted(id: string, now: number): Promise<boolean> {
    const r = await this.db
      .updateTable('videos')
      .set((eb) => ({ status: 'in_progress', progress: 0, started_at: now, attempts: eb('attempts', '+', 1), error_code: null, error_message: null }))
      .where('id', '=', id)
      .where('status', 'in', ['queued', 'in_progress'])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Progress while rendering. False when the video is gone or no longer rendering: the worker should stop. */
  async setProgress(id: string, progress: number): Promise<boolean> {
    const r = await this.db
      .updateTable('videos')
      .set({ progress })
      .where('id', '=', id)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async markCompleted(id: string, completedAt: number, expiresAt: number | null): Promise<boolean> {
    const r = await this.db
      .updateTable('videos')
      .set({ status: 'completed', progress: 100, completed_at: completedAt, expires_at: expiresAt, error_code: null, error_message: null })
      .where('id', '=', id)
      .where('status', 'in', ['queued', 'in_progress'])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Failed for good; `expiresAt` lets the cleanup remove what was stored with it (the reference image). */
  async markFailed(id: string, code: string, message: string, now: number, expiresAt: number | null = null): Promise<boolean> {
    const r = await this.db
      .updateTable('videos')
      .set({ status: 'failed', completed_at: now, expires_at: expiresAt, error_code: code, error_message: message.slice(0, 2000) })
      .where('id', '=', id)
      .where('status', 'in', ['queued', 'in_progress'])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Back to the queue (a retry after a failure, or work handed back at shutdown). */
  async markQueued(id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('videos')
      .set({ status: 'queued', progress: 0 })
      .where('id', '=', id)
      .where('status', 'in', ['queued', 'in_progress'])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Delete a video and its idempotency records. False when there was no such video. */
  async delete(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('idempotency_keys').where('video_id', '=', id).execute();
      const r = await tx.deleteFrom('videos').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    });
  }

  /** Finished videos whose files are due for removal. */
  async findExpired(now: number, limit: number): Promise<VideoSummary[]> {
    return this.db
      .selectFrom('videos')
      .select(VIDEO_COLUMNS)
      .where('expires_at', '<=', now)
      .where('assets_expired', '=', 0)
      .orderBy('expires_at')
      .limit(limit)
      .execute();
  }

  async markAssetsExpired(id: string): Promise<void> {
    await this.db.updateTable('videos').set({ assets_expired: 1 }).where('id', '=', id).execute();
  }

  /** Ids of videos not yet finished (to re-dispatch to a queue that may have lost them). */
  async unfinishedIds(limit = 10_000): Promise<string[]> {
    const rows = await this.db
      .selectFrom('videos')
      .select('id')
      .where('status', 'in', ['queued', 'in_progress'])
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  async countByStatus(): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('videos')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  // -- idempotency keys -------------------------------------------------------------------

  /**
   * Claim an idempotency key for a new video inside a transaction. Returns the earlier
   * record when the key was used before (the caller compares the request hash).
   */
  async claimIdempotencyKey(
    tx: Executor,
    rec: { apiKeyId: string; key: string; requestHash: string; videoId: string; now: number },
  ): Promise<{ requestHash: string; videoId: string } | undefined> {
    const r = await tx
      .insertInto('idempotency_keys')
      .values({ api_key_id: rec.apiKeyId, key: rec.key, request_hash: rec.requestHash, video_id: rec.videoId, created_at: rec.now })
      .onConflict((oc) => oc.columns(['api_key_id', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0n) === 1) return undefined;
    const prior = await tx
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'video_id'])
      .where('api_key_id', '=', rec.apiKeyId)
      .where('key', '=', rec.key)
      .executeTakeFirst();
    return prior ? { requestHash: prior.request_hash, videoId: prior.video_id } : undefined;
  }

  async deleteIdempotencyKeysBefore(before: number): Promise<number> {
    const r = await this.db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
