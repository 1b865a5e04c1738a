/**
 * The creator's handle shown under the visible Klappe mark: the username of the account that
 * made the video (a draft in the app, or a video made with one of the account's API keys).
 * Videos made with operator keys have no handle.
 */
import type { Kysely } from 'kysely';
import type { Database, VideoRow } from '../../store/Database.ts';
import { appDb } from '../AppDatabase.ts';

export function handleOfVideo(db: Kysely<Database>): (row: VideoRow) => Promise<string | undefined> {
  const app = appDb(db);
  return async (row) => {
    const draft = await app
      .selectFrom('drafts')
      .innerJoin('users', 'users.id', 'drafts.user_id')
      .select('users.username')
      .where('drafts.video_id', '=', row.id)
      .executeTakeFirst();
    if (draft) return draft.username;
    if (row.owner_key_id === null) return undefined;
    const byKey = await app
      .selectFrom('user_api_keys')
      .innerJoin('users', 'users.id', 'user_api_keys.user_id')
      .select('users.username')
      .where('user_api_keys.key_id', '=', row.owner_key_id)
      .executeTakeFirst();
    return byKey?.username;
  };
}
