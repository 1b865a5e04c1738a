/** Drafts: videos made in the app by an account, with the video's state joined in. */
import type { AppDb, DraftRow } from '../AppDatabase.ts';
import type { VideoStatus } from '../../store/Database.ts';
import { pageOf, type TimeCursor } from '../paging/TimeCursor.ts';
import type { PageOf } from './SocialStore.ts';

export interface DraftWithVideo extends DraftRow {
  status: VideoStatus;
  progress: number;
  prompt: string | null;
  preset: string | null;
  seconds: string;
  size: string;
  seed: number;
  completed_at: number | null;
  assets_expired: number;
  error_code: string | null;
  error_message: string | null;
}

export class DraftStore {
  constructor(readonly db: AppDb) {}

  async insert(row: DraftRow): Promise<void> {
    await this.db.insertInto('drafts').values(row).execute();
  }

  private select() {
    return this.db
      .selectFrom('drafts as d')
      .innerJoin('videos as v', 'v.id', 'd.video_id')
      .select([
        'd.video_id', 'd.user_id', 'd.aspect', 'd.style', 'd.remix_of_post_id', 'd.post_id', 'd.created_at',
        'v.status', 'v.progress', 'v.prompt', 'v.preset', 'v.seconds', 'v.size', 'v.seed', 'v.completed_at', 'v.assets_expired', 'v.error_code', 'v.error_message',
      ]);
  }

  get(videoId: string): Promise<DraftWithVideo | undefined> {
    return this.select().where('d.video_id', '=', videoId).executeTakeFirst();
  }

  /** The user's drafts not posted yet, newest first. */
  async listUnposted(userId: string, cursor: TimeCursor | undefined, limit: number): Promise<PageOf<DraftWithVideo>> {
    let q = this.select().where('d.user_id', '=', userId).where('d.post_id', 'is', null);
    if (cursor) q = q.where('d.video_id', '<', cursor.id);
    const rows = await q.orderBy('d.video_id', 'desc').limit(limit + 1).execute();
    return pageOf(rows, limit, (r) => ({ time: r.created_at, id: r.video_id }));
  }

  async delete(videoId: string): Promise<void> {
    await this.db.deleteFrom('drafts').where('video_id', '=', videoId).execute();
  }

  /** The plan of a draft's video (JSON text). */
  async plan(videoId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('videos').select('plan').where('id', '=', videoId).executeTakeFirst();
    return row?.plan;
  }
}
