/**
 * What the verifier needs to answer "who made this, and when": the 48-bit id each video's
 * invisible video mark carries (and the 32 bits of it the audio mark carries), per issuing instance, with the video id, its creation time and its
 * creator. Rows outlive the video's files (a copy found later can still be traced).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('video_marks')
    .addColumn('instance', 'integer', (c) => c.notNull())
    .addColumn('mark_id', 'text', (c) => c.notNull())
    .addColumn('audio_id', 'bigint', (c) => c.notNull())
    .addColumn('video_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('creator_key_id', 'text')
    .addColumn('creator_name', 'text')
    .addPrimaryKeyConstraint('video_marks_pk', ['instance', 'mark_id'])
    .execute();
  await db.schema.createIndex('video_marks_video').on('video_marks').column('video_id').execute();
  await db.schema.createIndex('video_marks_audio').on('video_marks').columns(['instance', 'audio_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('video_marks').ifExists().execute();
}
