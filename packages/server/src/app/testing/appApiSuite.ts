/**
 * The app API contract, run against a server on SQLite and on Postgres: accounts, sessions and
 * CSRF; making a draft (a real render) with live progress and posting it; and above all who may
 * see and change what — drafts stay private, private and followers-only posts never leak
 * through posts, feeds, profiles, lineage, comments, media URLs or /v1, and nobody edits or
 * deletes another's content.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { videoBlobKeys } from '../../blobs/BlobStore.ts';
import { newVideoId } from '../../store/newId.ts';
import type { TestServer } from '../../testing/startTestServer.ts';
import { tinyPng } from '../../testing/tinyPng.ts';
import { waitFor } from '../../testing/waitFor.ts';
import { appDb } from '../AppDatabase.ts';
import { AppClient, type AppResponse } from './AppClient.ts';

/** The server settings the suite expects: a low sign-in limit, small avatars. */
export const APP_SUITE_CONFIG = { signinAttemptsPerMinute: 3, maxAvatarBytes: 64 * 1024, maxActiveJobsPerKey: 0 };

function assertError(r: AppResponse, status: number, code: string, param?: string): void {
  assert.equal(r.status, status, `expected ${status} ${code}, got ${r.status} ${JSON.stringify(r.body)}`);
  assert.equal(r.body?.error?.code, code, JSON.stringify(r.body));
  assert.equal(typeof r.body.error.message, 'string');
  if (param !== undefined) assert.equal(r.body.error.param, param);
}

/** Read an SSE stream until it ends: the events as {event, data}. */
async function readEvents(res: Response): Promise<{ event: string; data: any }[]> {
  const text = await res.text();
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event:'))
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return { event: eventLine!.slice(7), data: JSON.parse(dataLine!.slice(6)) };
    });
}

export function appApiSuite(name: string, start: () => Promise<TestServer>): void {
  describe(name, { timeout: 600_000 }, () => {
    let t: TestServer;
    let url: string;
    /** A rendered draft's video, copied for the posts the authorization tests need. */
    let renderedVideoId: string;

    before(async () => {
      t = await start();
      url = t.url;
    });
    after(async () => {
      await t?.close();
    });

    const client = () => new AppClient(url);
    let userCounter = 0;
    const newUser = async (prefix = 'user') => {
      const c = client();
      const r = await c.signUp(`${prefix}_${process.pid % 10000}_${++userCounter}`);
      return { c, me: r.body as { id: string; username: string } };
    };

    /**
     * A completed draft for `userId`, made by copying the rendered video's row and files (a
     * real render each would make the suite slow); the posting path is the real one.
     */
    const completedDraft = async (userId: string): Promise<string> => {
      const db = appDb(t.server.runtime.videos.db);
      const src = await t.server.runtime.videos.getWithPlan(renderedVideoId);
      assert.ok(src);
      const now = Date.now();
      const id = newVideoId(now);
      await db.insertInto('videos').values({ ...src, id, owner_key_id: `user:${userId}`, created_at: now, completed_at: now, status: 'completed' }).execute();
      await db.insertInto('drafts').values({ video_id: id, user_id: userId, aspect: '9:16', style: null, remix_of_post_id: null, post_id: null, created_at: now }).execute();
      const blobs = t.server.runtime.blobs;
      for (const variant of ['video', 'thumbnail'] as const) {
        const chunks: Buffer[] = [];
        for await (const chunk of blobs.createReadStream(videoBlobKeys(renderedVideoId)[variant])) chunks.push(chunk as Buffer);
        await blobs.putBuffer(videoBlobKeys(id)[variant], Buffer.concat(chunks));
      }
      return id;
    };
    const newPost = async (c: AppClient, userId: string, visibility: 'public' | 'followers' | 'private', caption = 'a post', remixOf?: string): Promise<string> => {
      const draftId = await completedDraft(userId);
      if (remixOf) await appDb(t.server.runtime.videos.db).updateTable('drafts').set({ remix_of_post_id: remixOf }).where('video_id', '=', draftId).execute();
      const r = await c.post('/posts', { draftId, caption, visibility });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return r.body.id as string;
    };

    it('signs up, in and out with an httpOnly SameSite session cookie; passwords are stored hashed', async () => {
      const c = client();
      const raw = await c.raw('GET', '/app/api/csrf');
      const csrfCookie = raw.headers.getSetCookie().find((s) => s.startsWith('klappe_csrf='));
      assert.ok(csrfCookie && !/httponly/i.test(csrfCookie), 'the CSRF cookie is readable by the page');
      const token = (await raw.json()) as { token: string };
      assert.equal(token.token, c.cookie('klappe_csrf'));
      assertError(await c.get('/me'), 401, 'not_signed_in');

      const name = `Ada_${process.pid % 10000}`;
      const up = await c.raw('POST', '/app/api/auth/signup', {
        body: JSON.stringify({ username: name, password: 'correct horse battery', displayName: 'Ada L.' }),
        headers: { 'content-type': 'application/json', 'x-csrf-token': c.cookie('klappe_csrf')! },
      });
      assert.equal(up.status, 200);
      const session = up.headers.getSetCookie().find((s) => s.startsWith('klappe_session='));
      assert.ok(session, 'a session cookie is set');
      assert.match(session, /HttpOnly/i);
      assert.match(session, /SameSite=Lax/i);
      assert.match(session, /Path=\//);
      const me = (await c.get('/me')).body;
      assert.equal(me.username, name.toLowerCase());
      assert.equal(me.displayName, 'Ada L.');
      const row = await appDb(t.server.runtime.videos.db).selectFrom('users').select('password_hash').where('id', '=', me.id).executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^scrypt\$/);
      assert.ok(!row.password_hash.includes('correct horse'));

      assertError(await client().post('/auth/signup', { username: name, password: 'another password' }), 409, 'username_taken', 'username');
      assertError(await client().post('/auth/signup', { username: 'x', password: 'another password' }), 400, 'invalid_value', 'username');
      assertError(await client().post('/auth/signup', { username: 'shortpw', password: 'short' }), 400, 'invalid_value', 'password');

      assert.equal((await c.post('/auth/signout')).status, 200);
      assertError(await c.get('/me'), 401, 'not_signed_in');
      const again = client();
      assert.equal((await again.post('/auth/signin', { username: name, password: 'correct horse battery' })).status, 200);
      assert.equal((await again.get('/me')).body.id, me.id);
    });

    it('refuses writes without the CSRF token, and sessions that were signed out', async () => {
      const { c } = await newUser('csrf');
      c.csrf = false;
      assertError(await c.patch('/me', { bio: 'hello' }), 403, 'csrf_failed');
      const wrong = await c.raw('PATCH', '/app/api/me', { body: JSON.stringify({ bio: 'x' }), headers: { 'content-type': 'application/json', 'x-csrf-token': 'A'.repeat(32) } });
      assert.equal(wrong.status, 403);
      c.csrf = true;
      const ok = await c.patch('/me', { bio: 'hello' });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.bio, 'hello');
      // A stolen cookie value stops working once its session is signed out.
      const stolen = c.cookie('klappe_session')!;
      await c.post('/auth/signout');
      const replay = await fetch(`${url}/app/api/me`, { headers: { cookie: `klappe_session=${stolen}` } });
      assert.equal(replay.status, 401);
    });

    it('rate-limits sign-in attempts per account and says when to retry', async () => {
      const { me } = await newUser('limited');
      const c = client();
      const codes: number[] = [];
      for (let i = 0; i < APP_SUITE_CONFIG.signinAttemptsPerMinute + 1; i++) codes.push((await c.post('/auth/signin', { username: me.username, password: 'wrong password!' })).status);
      assert.deepEqual(codes, [...Array(APP_SUITE_CONFIG.signinAttemptsPerMinute).fill(401), 429]);
      const limited = await c.post('/auth/signin', { username: me.username, password: 'a long enough password' });
      assertError(limited, 429, 'too_many_signin_attempts');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    });

    it('makes a draft from a prompt (live progress, preview, plan), keeps it private and posts it', async () => {
      const { c, me } = await newUser('maker');
      const created = await c.post('/drafts', { prompt: 'a red ball bounces on a wooden floor, flibbertigibbet', seconds: 1, aspect: '9:16', seed: 42, style: 'cinematic' });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      const draft = created.body;
      // A worker may already have taken it by the time the answer is read.
      assert.ok(['queued', 'in_progress'].includes(draft.status), `a new draft is queued or rendering, got ${draft.status}`);
      assert.deepEqual([draft.aspect, draft.seconds, draft.size, draft.seed, draft.style], ['9:16', 1, '720x1280', 42, 'cinematic']);
      assert.equal(draft.videoUrl, null);

      const events = await readEvents(await c.raw('GET', draft.eventsUrl));
      const progress = events.filter((e) => e.event === 'progress');
      assert.ok(progress.length >= 1);
      assert.equal(events.at(-1)!.event, 'done');
      const done = events.at(-1)!.data;
      assert.equal(done.status, 'completed', JSON.stringify(done));
      assert.equal(done.progress, 100);
      assert.equal(done.videoUrl, `/app/api/drafts/${draft.id}/video`);
      for (let i = 1; i < progress.length; i++) assert.ok(progress[i]!.data.progress >= progress[i - 1]!.data.progress, 'progress never goes back');
      renderedVideoId = draft.id;

      const plan = await c.get(`/drafts/${draft.id}/plan`);
      assert.equal(plan.body.plan.seed, 42);
      assert.ok(plan.body.ungrounded.includes('flibbertigibbet'), JSON.stringify(plan.body.ungrounded));
      const preview = await c.raw('GET', draft.previewUrl);
      assert.equal(preview.status, 200);
      assert.equal(preview.headers.get('content-type'), 'image/jpeg');
      const bytes = Buffer.from(await preview.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xd8]);
      assert.ok((await c.get('/drafts')).body.data.some((d: { id: string }) => d.id === draft.id));

      // Private until posted: nobody else sees the draft, anywhere.
      const { c: other } = await newUser('peeker');
      for (const path of [`/drafts/${draft.id}`, `/drafts/${draft.id}/plan`, `/drafts/${draft.id}/video`, `/drafts/${draft.id}/thumbnail.jpg`, `/drafts/${draft.id}/preview.jpg`, `/drafts/${draft.id}/events`]) {
        assertError(await other.get(path), 404, 'draft_not_found');
        assertError(await client().get(path), 401, 'not_signed_in');
      }
      assertError(await other.delete(`/drafts/${draft.id}`), 404, 'draft_not_found');
      assertError(await other.post('/posts', { draftId: draft.id, caption: 'mine now', visibility: 'public' }), 404, 'draft_not_found');
      assert.ok(!(await other.get('/drafts')).body.data.some((d: { id: string }) => d.id === draft.id));
      assert.ok(!(await other.get('/feed')).body.data.some((p: { caption: string }) => p.caption === 'first post'));

      const video = await c.raw('GET', `/app/api/drafts/${draft.id}/video`, { headers: { range: 'bytes=0-15' } });
      assert.equal(video.status, 206);
      assert.equal(Buffer.from(await video.arrayBuffer()).subarray(4, 8).toString('latin1'), 'ftyp');

      const posted = await c.post('/posts', { draftId: draft.id, caption: 'first post', visibility: 'public' });
      assert.equal(posted.status, 200, JSON.stringify(posted.body));
      assert.deepEqual(posted.body.author, { username: me.username, displayName: me.username, avatarUrl: null });
      assertError(await c.post('/posts', { draftId: draft.id, caption: 'again', visibility: 'public' }), 409, 'draft_posted', 'draftId');
      assertError(await c.delete(`/drafts/${draft.id}`), 409, 'draft_posted');
      const seen = await other.get(`/posts/${posted.body.id}`);
      assert.equal(seen.status, 200);
      assert.equal(seen.body.mine, false);
      // The posted video is checked with the verifier: signed here, untampered and marked.
      const badge = await waitFor(async () => (await other.get(`/posts/${posted.body.id}`)).body.provenance, 'the provenance check', 120_000, 250);
      assert.deepEqual([badge.c2pa, badge.watermark, badge.verified, badge.outcome], ['valid', 'found', true, 'made-by-klappe'], JSON.stringify(badge));
      const mp4 = await other.raw('GET', `/app/api/posts/${posted.body.id}/video`);
      assert.equal(mp4.status, 200);
      assert.equal(mp4.headers.get('content-type'), 'video/mp4');
      // The player's caption track: a WebVTT file (empty for a clip without speech).
      assert.equal(seen.body.captionsUrl, `/app/api/posts/${posted.body.id}/captions.vtt`);
      const vtt = await other.raw('GET', seen.body.captionsUrl);
      assert.equal(vtt.status, 200);
      assert.match(vtt.headers.get('content-type') ?? '', /^text\/vtt/);
      assert.match(await vtt.text(), /^WEBVTT/);
    });

    it('offers presets and styles, and says what is wrong with an edited plan (director mode)', async () => {
      const { c } = await newUser('director');
      const presets = await c.get('/presets');
      assert.ok(presets.body.styles.includes('cinematic'));
      assert.deepEqual(presets.body.aspects, ['9:16', '16:9', '1:1']);
      assert.ok(Array.isArray(presets.body.data));
      // Every preset has a preview still: a JPEG of its look, the same on every request.
      assert.ok(presets.body.data.length >= 12);
      const first = presets.body.data[0];
      assert.equal(first.thumbnailUrl, `/app/api/presets/${first.id}/thumbnail.jpg`);
      const still = await fetch(`${url}${first.thumbnailUrl}`);
      assert.equal(still.status, 200);
      assert.equal(still.headers.get('content-type'), 'image/jpeg');
      const bytes = Buffer.from(await still.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xff, 0xd8, 0xff]);
      assert.deepEqual(Buffer.from(await (await fetch(`${url}${first.thumbnailUrl}`)).arrayBuffer()), bytes);
      assert.equal((await fetch(`${url}/app/api/presets/no-such-look/thumbnail.jpg`)).status, 404);
      const plan = JSON.parse((await t.server.runtime.videos.getWithPlan(renderedVideoId))!.plan);
      assertError(await c.post('/drafts', { plan: { ...plan, cast: [{ ...plan.cast[0], kind: 'no-such-kind' }] } }), 422, 'invalid_plan');
      assertError(await c.post('/drafts', { prompt: 'a ball', style: 'no-such-style' }), 400, 'invalid_value', 'style');
      assertError(await c.post('/drafts', { prompt: 'a ball', preset: 'no-such-preset' }), 400, 'invalid_value', 'preset');
      assertError(await c.post('/drafts', { prompt: 'a ball', aspect: '4:3' }), 400, 'invalid_value', 'aspect');
      assertError(await c.post('/drafts', {}), 400, 'missing_required_parameter', 'prompt');
      assertError(await c.post('/drafts', { prompt: 'porn video of two people in a hotel room' }), 422, 'content_rejected', 'prompt');
      assert.deepEqual((await c.get('/drafts')).body.data, [], 'refused requests leave no draft behind');
    });

    it('private and followers-only posts never leak: by id, feed, profile, lineage, comments, media', async () => {
      const { c: author, me: a } = await newUser('author');
      const { c: fan } = await newUser('fan');
      const { c: stranger } = await newUser('stranger');
      const anonymous = client();
      const priv = await newPost(author, a.id, 'private', 'secret');
      const fol = await newPost(author, a.id, 'followers', 'for fans');
      const pub = await newPost(author, a.id, 'public', 'for all');
      await fan.post(`/users/${a.username}/follow`);

      const sees = async (c: AppClient, id: string) => {
        const r = await c.get(`/posts/${id}`);
        const media = await Promise.all([c.raw('GET', `/app/api/posts/${id}/video`), c.raw('GET', `/app/api/posts/${id}/thumbnail.jpg`), c.raw('GET', `/app/api/posts/${id}/captions.vtt`), c.raw('GET', `/app/api/posts/${id}/comments`), c.raw('GET', `/app/api/posts/${id}/lineage`)]);
        for (const m of media) await m.arrayBuffer();
        const all = [r.status, ...media.map((m) => m.status)];
        assert.ok(all.every((s) => s === all[0]), `${id}: every route agrees (${all.join(',')})`);
        if (r.status === 404) assert.equal(r.body.error.code, 'post_not_found');
        return r.status === 200;
      };
      assert.deepEqual(await Promise.all([priv, fol, pub].map((id) => sees(author, id))), [true, true, true]);
      assert.deepEqual(await Promise.all([priv, fol, pub].map((id) => sees(fan, id))), [false, true, true]);
      assert.deepEqual(await Promise.all([priv, fol, pub].map((id) => sees(stranger, id))), [false, false, true]);
      assert.deepEqual(await Promise.all([priv, fol, pub].map((id) => sees(anonymous, id))), [false, false, true]);

      const ids = (r: AppResponse) => (r.body.data as { id: string }[]).map((p) => p.id);
      assert.deepEqual(ids(await author.get(`/users/${a.username}/posts`)), [pub, fol, priv]);
      assert.deepEqual(ids(await fan.get(`/users/${a.username}/posts`)), [pub, fol]);
      assert.deepEqual(ids(await stranger.get(`/users/${a.username}/posts`)), [pub]);
      assert.equal((await stranger.get(`/users/${a.username}`)).body.counts.posts, 1);
      const fanFollowing = ids(await fan.get('/feed?tab=following'));
      assert.deepEqual(fanFollowing.filter((id) => [priv, fol, pub].includes(id)), [pub, fol]);
      const strangerFeed = ids(await stranger.get('/feed?tab=foryou&limit=50'));
      assert.ok(strangerFeed.includes(pub) && !strangerFeed.includes(fol) && !strangerFeed.includes(priv));
      const anonFeed = ids(await anonymous.get('/feed?limit=50'));
      assert.ok(anonFeed.includes(pub) && !anonFeed.includes(fol) && !anonFeed.includes(priv));
      assertError(await anonymous.get('/feed?tab=following'), 401, 'not_signed_in');

      // Remixing a post one may not see is refused like a missing post.
      assertError(await stranger.post('/drafts', { prompt: 'make it night', remixOf: priv }), 404, 'post_not_found');
      // A public remix of a private post shows the link only as "a post you cannot see".
      const remix = await newPost(author, a.id, 'public', 'remix of secret', priv);
      const asStranger = await stranger.get(`/posts/${remix}`);
      assert.deepEqual(asStranger.body.remixOf, { id: null, author: null });
      assert.equal((await author.get(`/posts/${remix}`)).body.remixOf.id, priv);
      const lineage = await stranger.get(`/posts/${remix}/lineage`);
      assert.deepEqual(lineage.body.sources, [{ id: null }]);
      assert.ok(!JSON.stringify(lineage.body).includes(priv));
      const up = await author.get(`/posts/${priv}/lineage`);
      assert.deepEqual(up.body.remixes.map((p: { id: string }) => p.id), [remix]);

      // Going private later hides a post at once.
      assert.equal((await author.patch(`/posts/${pub}`, { visibility: 'private' })).status, 200);
      assert.equal(await sees(fan, pub), false);
    });

    it('nobody edits or deletes what another made', async () => {
      const { c: owner, me: o } = await newUser('owner');
      const { c: other } = await newUser('other');
      const post = await newPost(owner, o.id, 'public', 'original caption');
      assertError(await other.patch(`/posts/${post}`, { caption: 'hacked' }), 403, 'forbidden');
      assertError(await other.delete(`/posts/${post}`), 403, 'forbidden');
      assertError(await client().delete(`/posts/${post}`), 401, 'not_signed_in');
      assert.equal((await other.get(`/posts/${post}`)).body.caption, 'original caption');

      const ownerComment = (await owner.post(`/posts/${post}/comments`, { text: 'by the owner' })).body;
      const otherComment = (await other.post(`/posts/${post}/comments`, { text: 'by someone else' })).body;
      const { c: third } = await newUser('third');
      assertError(await third.delete(`/comments/${otherComment.id}`), 403, 'forbidden');
      assertError(await other.delete(`/comments/${ownerComment.id}`), 403, 'forbidden');
      // The post's author may remove comments on it; a commenter may remove their own.
      assert.equal((await owner.delete(`/comments/${otherComment.id}`)).status, 200);
      assert.equal((await owner.delete(`/comments/${ownerComment.id}`)).status, 200);
      assert.equal((await owner.get(`/posts/${post}`)).body.counts.comments, 0);

      // API keys from the keys page act only for their account on /v1.
      const key = (await other.post('/me/keys', { name: 'script' })).body;
      assert.match(key.key, /^kl-/);
      const v1 = (path: string, method = 'GET') => fetch(`${url}/v1${path}`, { method, headers: { authorization: `Bearer ${key.key}` } });
      const video = (await appDb(t.server.runtime.videos.db).selectFrom('posts').select('video_id').where('id', '=', post).executeTakeFirstOrThrow()).video_id;
      assert.equal((await v1(`/videos/${video}`)).status, 404);
      assert.equal((await v1(`/videos/${video}/content`)).status, 404);
      assert.equal((await v1(`/videos/${video}`, 'DELETE')).status, 404);
      const listed = (await (await v1('/videos?limit=100')).json()) as { data: { id: string }[] };
      assert.ok(!listed.data.some((v) => v.id === video));
      assert.equal((await owner.get(`/posts/${post}`)).status, 200, 'still there');
      // Revoked keys stop working; another account cannot revoke them.
      assertError(await owner.delete(`/me/keys/${key.id}`), 404, 'key_not_found');
      assert.equal((await other.delete(`/me/keys/${key.id}`)).status, 200);
      assert.deepEqual((await other.get('/me/keys')).body.data, []);

      assert.equal((await owner.delete(`/posts/${post}`)).status, 200);
      assertError(await owner.get(`/posts/${post}`), 404, 'post_not_found');
    });

    it('blocking hides posts, profiles and comments both ways and ends follows', async () => {
      const { c: a, me: am } = await newUser('blocker');
      const { c: b, me: bm } = await newUser('blocked');
      const aPost = await newPost(a, am.id, 'public', 'from a');
      const bPost = await newPost(b, bm.id, 'public', 'from b');
      await b.post(`/posts/${aPost}/comments`, { text: 'b was here' });
      await b.post(`/users/${am.username}/follow`);
      assert.equal((await a.post(`/users/${bm.username}/block`)).body.blocked, true);
      assertError(await b.get(`/posts/${aPost}`), 404, 'post_not_found');
      assertError(await a.get(`/posts/${bPost}`), 404, 'post_not_found');
      assertError(await b.get(`/users/${am.username}`), 404, 'user_not_found');
      assert.equal((await a.get(`/posts/${aPost}/comments`)).body.data.length, 0);
      assert.equal((await a.get(`/users/${am.username}`)).body.counts.followers, 0);
      assertError(await b.post(`/posts/${aPost}/comments`, { text: 'let me in' }), 404, 'post_not_found');
      assert.ok(!(await b.get('/feed?limit=50')).body.data.some((p: { id: string }) => p.id === aPost));
      await a.delete(`/users/${bm.username}/block`);
      assert.equal((await b.get(`/posts/${aPost}`)).status, 200);
    });

    it('likes, comments, replies, follows and remixes notify the person they concern', async () => {
      const { c: maker, me: m } = await newUser('maker');
      const { c: fan, me: f } = await newUser('fan');
      const post = await newPost(maker, m.id, 'public', 'like me');
      const liked = await fan.post(`/posts/${post}/like`);
      assert.deepEqual(liked.body, { liked: true, likes: 1 });
      assert.deepEqual((await fan.post(`/posts/${post}/like`)).body, { liked: true, likes: 1 }, 'liking twice counts once');
      assert.equal((await fan.get(`/posts/${post}`)).body.likedByMe, true);
      const top = (await fan.post(`/posts/${post}/comments`, { text: 'nice!' })).body;
      const reply = (await maker.post(`/posts/${post}/comments`, { text: 'thanks', parentId: top.id })).body;
      assert.equal(reply.parentId, top.id);
      await fan.post(`/users/${m.username}/follow`);
      // Remix opens Create from the source: the new draft starts from the source's plan and links to it.
      const remixDraft = await fan.post('/drafts', { remixOf: post, prompt: 'make it night', seconds: 1 });
      assert.equal(remixDraft.status, 200, JSON.stringify(remixDraft.body));
      assert.deepEqual(remixDraft.body.remixOf, { postId: post });
      const sourcePlan = JSON.parse((await t.server.runtime.videos.getWithPlan(renderedVideoId))!.plan) as { seed: number };
      const remixPlan = (await fan.get(`/drafts/${remixDraft.body.id}/plan`)).body.plan;
      assert.equal(remixPlan.seed, sourcePlan.seed);
      assert.equal((await fan.delete(`/drafts/${remixDraft.body.id}`)).status, 200);
      await newPost(fan, f.id, 'public', 'my remix', post);
      assert.equal((await maker.get(`/posts/${post}`)).body.counts.remixes, 1);

      const mine = await maker.get('/notifications');
      assert.deepEqual(mine.body.data.map((n: { kind: string }) => n.kind), ['remix', 'follow', 'comment', 'like']);
      assert.ok(mine.body.data.every((n: { actor: { username: string } }) => n.actor.username === f.username));
      assert.equal(mine.body.unread, 4);
      const theirs = await fan.get('/notifications');
      assert.deepEqual(theirs.body.data.map((n: { kind: string; comment: { text: string } | null }) => [n.kind, n.comment?.text]), [['reply', 'thanks']]);
      assert.deepEqual((await maker.post('/notifications/read', {})).body, { unread: 0 });
      assert.ok((await maker.get('/notifications')).body.data.every((n: { read: boolean }) => n.read));

      assert.deepEqual((await fan.delete(`/posts/${post}/like`)).body, { liked: false, likes: 0 });
      assert.equal((await maker.get(`/users/${m.username}/followers`)).body.data[0].username, f.username);
      assert.equal((await fan.get(`/users/${f.username}/following`)).body.data[0].username, m.username);
    });

    it('For You never shows the same creator twice in a row and leaves out your own posts', async () => {
      const { c: viewer, me: v } = await newUser('viewer');
      const makers = await Promise.all([newUser('prolific'), newUser('second'), newUser('third')]);
      for (let i = 0; i < 4; i++) await newPost(makers[0]!.c, makers[0]!.me.id, 'public', `prolific ${i}`);
      await newPost(makers[1]!.c, makers[1]!.me.id, 'public', 'second');
      await newPost(makers[2]!.c, makers[2]!.me.id, 'public', 'third');
      await newPost(viewer, v.id, 'public', 'my own');
      const seen: { id: string; author: { username: string } }[] = [];
      let cursor: string | null = null;
      do {
        const page: AppResponse = await viewer.get(`/feed?tab=foryou&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(page.status, 200);
        seen.push(...page.body.data);
        cursor = page.body.next_cursor;
      } while (cursor);
      assert.ok(seen.length >= 6);
      assert.equal(new Set(seen.map((p) => p.id)).size, seen.length, 'pages do not repeat posts');
      assert.ok(!seen.some((p) => p.author.username === v.username));
      for (let i = 1; i < seen.length; i++) assert.notEqual(seen[i]!.author.username, seen[i - 1]!.author.username, `${i}: same creator twice in a row`);
      assertError(await viewer.get('/feed?cursor=not-a-cursor'), 400, 'invalid_value', 'cursor');
    });

    it('returns text as text, sends a strict CSP, and checks uploads by size and bytes', async () => {
      const { c, me } = await newUser('xss');
      const caption = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      const post = await newPost(c, me.id, 'public', caption);
      const r = await c.get(`/posts/${post}`);
      assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(r.body.caption, caption);
      const csp = r.headers.get('content-security-policy') ?? '';
      for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) assert.ok(csp.includes(d), `CSP has ${d}: ${csp}`);
      assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(r.headers.get('cache-control'), 'no-store');
      const page = await fetch(`${url}/`);
      await page.arrayBuffer();
      assert.ok((page.headers.get('content-security-policy') ?? '').includes("frame-ancestors 'none'"));

      assertError(await c.upload('/me/avatar', 'file', Buffer.from('GIF89a not really'), 'a.png', 'image/png'), 415, 'unsupported_image', 'file');
      assertError(await c.upload('/me/avatar', 'file', Buffer.concat([tinyPng(8, 8), Buffer.alloc(APP_SUITE_CONFIG.maxAvatarBytes)]), 'big.png', 'image/png'), 413, 'file_too_large', 'file');
      const ok = await c.upload('/me/avatar', 'file', tinyPng(64, 64), 'me.png', 'image/png');
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.match(ok.body.avatarUrl, new RegExp(`^/app/api/users/${me.username}/avatar\\?v=1$`));
      const avatar = await c.raw('GET', ok.body.avatarUrl);
      assert.equal(avatar.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await avatar.arrayBuffer()), tinyPng(64, 64));
    });

    it('moderates comments, captions and profile text', async () => {
      const { c, me } = await newUser('mod');
      const post = await newPost(c, me.id, 'public', 'fine');
      const refused = 'porn video of two people in a hotel room';
      assertError(await c.post(`/posts/${post}/comments`, { text: refused }), 422, 'content_rejected', 'text');
      assertError(await c.patch(`/posts/${post}`, { caption: refused }), 422, 'content_rejected', 'caption');
      assertError(await c.patch('/me', { bio: refused }), 422, 'content_rejected', 'bio');
      assert.equal((await c.get(`/posts/${post}`)).body.counts.comments, 0);
      assert.equal((await c.post(`/posts/${post}/comments`, { text: 'a lovely bounce' })).status, 200);
    });

    it('verifies an uploaded video and says what is wrong with a file that is not one', async () => {
      const anonymous = client();
      assertError(await anonymous.upload('/verify', 'file', Buffer.from('hello, not a video'), 'x.mp4', 'video/mp4'), 400, 'invalid_file', 'file');
      const chunks: Buffer[] = [];
      for await (const chunk of t.server.runtime.blobs.createReadStream(videoBlobKeys(renderedVideoId).video)) chunks.push(chunk as Buffer);
      const report = await anonymous.upload('/verify', 'file', Buffer.concat(chunks), 'clip.mp4', 'video/mp4');
      assert.equal(report.status, 200, JSON.stringify(report.body));
      assert.equal(typeof report.body.verdict, 'string');
      assert.ok('c2pa' in report.body);
    });

    it('answers unknown app routes in the error shape, and page paths with the web app', async () => {
      assertError(await client().get('/nope'), 404, 'unknown_url');
      const page = await fetch(`${url}/p/post_0123`);
      const text = await page.text();
      if (page.status === 200) assert.match(text, /<div id="root"|<!doctype html>/i);
      else assert.match(text, /npm run build -w packages\/web/);
      const api = await fetch(`${url}/v1/nope`);
      assert.equal(api.status, 401, 'API paths never fall back to the app');
    });
  });
}
