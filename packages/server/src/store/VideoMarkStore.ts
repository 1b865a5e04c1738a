/**
 * The mark id → video records the verifier uses (table `video_marks`, migration 0003_trust).
 * `lookup` answers with the video id, its creation time and the creator where that is public
 * (the name of the API key that made it); the web app can wrap it to name accounts instead.
 */
import type { Kysely } from 'kysely';
import type { MarkRecord } from '@klappe/trust';

export interface VideoMarksTable {
  instance: number;
  /** The 48-bit mark id, in decimal. */
  mark_id: string;
  /** The audio mark's 32 bits: the low 32 bits of mark_id. */
  audio_id: number;
  video_id: string;
  created_at: number;
  creator_key_id: string | null;
  /** The creator's public name when the video was made (the API key's name). */
  creator_name: string | null;
}

interface Tables {
  video_marks: VideoMarksTable;
  api_keys: { id: string; name: string };
}

export interface NewVideoMark {
  instance: number;
  markId: bigint;
  videoId: string;
  createdAt: number;
  creatorKeyId: string | null;
}

export class VideoMarkStore {
  private readonly db: Kysely<Tables>;

  constructor(db: Kysely<any>) {
    this.db = db as Kysely<Tables>;
  }

  /** Remember a video's mark (once; a retried render changes nothing). */
  async record(mark: NewVideoMark): Promise<void> {
    const key = mark.creatorKeyId ? await this.db.selectFrom('api_keys').select('name').where('id', '=', mark.creatorKeyId).executeTakeFirst() : undefined;
    await this.db
      .insertInto('video_marks')
      .values({
        instance: mark.instance,
        mark_id: mark.markId.toString(),
        audio_id: Number(mark.markId & 0xffffffffn),
        video_id: mark.videoId,
        created_at: mark.createdAt,
        creator_key_id: mark.creatorKeyId,
        creator_name: key?.name ?? null,
      })
      .onConflict((oc) => oc.columns(['instance', 'mark_id']).doNothing())
      .execute();
  }

  /** The video a mark id belongs to (of this instance when given): a video mark's 48 bits, or an audio mark's 32. */
  async lookup(markId: bigint, instance: number | undefined, kind: 'video' | 'audio' = 'video'): Promise<MarkRecord | undefined> {
    let q = this.db.selectFrom('video_marks').selectAll();
    q = kind === 'audio' ? q.where('audio_id', '=', Number(markId)) : q.where('mark_id', '=', markId.toString());
    if (instance !== undefined) q = q.where('instance', '=', instance);
    const row = await q.orderBy('created_at').executeTakeFirst();
    if (!row) return undefined;
    return {
      videoId: row.video_id,
      createdAt: new Date(Number(row.created_at)).toISOString(),
      ...(row.creator_name ? { creator: row.creator_name } : {}),
    };
  }
}
