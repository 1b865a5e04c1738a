/**
 * The Following feed and the For You candidates read a followed account's newest posts: this
 * index answers "newest visible posts of these accounts" from the index alone (no row reads).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('posts_user_feed').on('posts').columns(['user_id', 'created_at', 'visibility', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('posts_user_feed').ifExists().execute();
}
