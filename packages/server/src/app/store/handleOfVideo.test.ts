import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type OpenedDatabase } from '../../store/openDatabase.ts';
import type { VideoRow } from '../../store/Database.ts';
import { appDb } from '../AppDatabase.ts';
import { handleOfVideo } from './handleOfVideo.ts';

describe('handleOfVideo', () => {
  let dir: string;
  let opened: OpenedDatabase;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'klappe-handle-'));
    opened = await openDatabase({ dataDir: dir });
    await opened.migrate();
    const app = appDb(opened.db);
    for (const [id, username] of [['u1', 'ada'], ['u2', 'grace']]) {
      await app.insertInto('users').values({ id, username, password_hash: 'x', display_name: username, bio: '', avatar_key: null, avatar_version: 0, created_at: 1 }).execute();
    }
    await app.insertInto('drafts').values({ video_id: 'video_draft', user_id: 'u1', aspect: '9:16', style: null, remix_of_post_id: null, post_id: null, created_at: 1 }).execute();
    await app.insertInto('user_api_keys').values({ key_id: 'key_grace', user_id: 'u2' }).execute();
  });
  after(async () => {
    await opened.close();
    await rm(dir, { recursive: true, force: true });
  });

  const row = (id: string, owner: string | null) => ({ id, owner_key_id: owner }) as VideoRow;

  it('names the account behind a draft, or behind the API key that made the video; none for operator keys', async () => {
    const handleOf = handleOfVideo(opened.db);
    assert.equal(await handleOf(row('video_draft', 'key_operator')), 'ada');
    assert.equal(await handleOf(row('video_api', 'key_grace')), 'grace');
    assert.equal(await handleOf(row('video_other', 'key_operator')), undefined);
    assert.equal(await handleOf(row('video_anonymous', null)), undefined);
  });
});
