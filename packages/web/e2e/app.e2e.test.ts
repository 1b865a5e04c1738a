/**
 * End to end in a real browser: sign up → create from a preset → watch progress → post → a
 * second user sees it in Following → like and comment → remix → the remix chain shows both.
 * A real Klappe server (SQLite in a temporary folder) serves the built app and its API.
 * Screenshots land in packages/web/e2e/artefacts/ (git-ignored) for people to look at.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../server/src/testing/startTestServer.ts';
import { tinyPng } from '../../server/src/testing/tinyPng.ts';
import { buildWebApp, WEB_ROOT } from './buildWebApp.ts';
import { chromiumAvailable, launchChromium } from './launchChromium.ts';

const ARTEFACTS = join(WEB_ROOT, 'e2e', 'artefacts');
const PHONE = { width: 390, height: 844 };
const RENDER_TIMEOUT = 180_000;
/** A caption that would run script if it were ever rendered as HTML. */
const XSS_CAPTION = 'bouncy <img src=x onerror="window.__xss=1"> #first';

let server: TestServer;
let browser: Browser;
const problems: string[] = [];

async function newPhone(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true, baseURL: server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (msg) => {
    // A CSP violation or an uncaught error in the app is a failure, whatever the page shows.
    if (msg.type() === 'error' && /Content Security Policy|Uncaught|TypeError|ReferenceError/.test(msg.text())) problems.push(`${name}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`${name}: ${err.message}`));
  return { context, page };
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`) });
}

async function signUp(page: Page, username: string, displayName: string) {
  await page.goto('/signup');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="displayName"]').fill(displayName);
  await page.locator('input[name="password"]').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  await page.getByRole('link', { name: 'Profile', exact: true }).waitFor();
}

/** On a draft page: wait until the video is there, having seen the progress UI on the way. */
async function watchDraft(page: Page, name: string): Promise<{ sawProgress: boolean }> {
  await page.waitForURL(/\/drafts\/[^/]+$/);
  const progress = page.locator('.draft-progress');
  const done = page.locator('video.draft-video');
  const first = await Promise.race([progress.waitFor({ timeout: RENDER_TIMEOUT }).then(() => 'progress'), done.waitFor({ timeout: RENDER_TIMEOUT }).then(() => 'done')]);
  if (first === 'progress') await shot(page, `${name}-progress`);
  await done.waitFor({ timeout: RENDER_TIMEOUT });
  assert.equal(await page.locator('.draft-failed').count(), 0, 'the render failed');
  await shot(page, `${name}-ready`);
  return { sawProgress: first === 'progress' };
}

async function postDraft(page: Page, caption: string): Promise<string> {
  await page.locator('textarea[name="caption"]').fill(caption);
  await page.locator('label.choice', { hasText: 'Everyone' }).click();
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await page.waitForURL(/\/p\/[^/]+$/);
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
}

before(async () => {
  if (!chromiumAvailable()) return;
  mkdirSync(ARTEFACTS, { recursive: true });
  await buildWebApp();
  server = await startTestServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('sign up, create, post, follow, like, comment, remix, lineage — in Chromium', { skip: !chromiumAvailable() && 'no Chromium at /usr/bin/chromium', timeout: 480_000 }, async () => {
  const index = await fetch(`${server.url}/`);
  assert.equal(index.status, 200);
  assert.match(await index.text(), /<div id="root">/, 'the server serves the built app at /');

  // Ada signs up and makes a 1-second video from a preset.
  const ada = await newPhone('ada');
  await signUp(ada.page, 'ada_e2e', 'Ada');
  await shot(ada.page, '01-feed-empty');
  await ada.page.getByRole('link', { name: 'Create', exact: true }).click();
  await ada.page.waitForURL('**/create');
  const tile = ada.page.locator('[data-preset]').first();
  const usePreset = (await tile.count()) > 0;
  if (usePreset) await tile.click();
  else await ada.page.locator('[data-idea="beach-ball"]').click();
  if (!(await ada.page.locator('textarea[name="prompt"]').inputValue()).trim()) await ada.page.locator('textarea[name="prompt"]').fill('a red ball bounces on the beach');
  await ada.page.locator('label.chip-toggle', { hasText: /^1 s$/ }).click();
  await shot(ada.page, '02-create');
  await ada.page.getByRole('button', { name: /Make the video/ }).click();
  const first = await watchDraft(ada.page, '03-draft');
  // The plan panel shows what the engine understood.
  await ada.page.getByRole('heading', { name: 'What Klappe understood' }).waitFor();
  const postId = await postDraft(ada.page, XSS_CAPTION);
  await ada.page.locator('.card-caption').waitFor();
  await shot(ada.page, '04-posted');

  // Bea signs up, follows Ada, and finds the post in Following.
  const bea = await newPhone('bea');
  await signUp(bea.page, 'bea_e2e', 'Bea');

  // Bea edits her profile (name, bio, picture) and makes an API key that works on /v1.
  await bea.page.goto('/settings/profile');
  await bea.page.locator('input[type="file"][name="avatar"]').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: tinyPng(64, 64) });
  await bea.page.locator('img.avatar').waitFor();
  await bea.page.locator('input[name="displayName"]').fill('Bea B.');
  await bea.page.locator('textarea[name="bio"]').fill('I remix things <script>alert(1)</script>');
  await bea.page.getByRole('button', { name: 'Save', exact: true }).click();
  await bea.page.waitForURL('**/u/bea_e2e');
  await bea.page.locator('.profile-bio', { hasText: 'I remix things <script>alert(1)</script>' }).waitFor();
  await bea.page.locator('.profile-name', { hasText: 'Bea B.' }).waitFor();
  await shot(bea.page, '05a-own-profile');
  await bea.page.goto('/settings/keys');
  await bea.page.locator('input[name="keyName"]').fill('e2e laptop');
  await bea.page.getByRole('button', { name: 'Create key', exact: true }).click();
  const key = (await bea.page.getByTestId('new-key').textContent()) ?? '';
  assert.match(key, /^kl-/);
  await bea.page.locator('.key-row', { hasText: 'e2e laptop' }).waitFor();
  const v1 = await fetch(`${server.url}/v1/videos`, { headers: { authorization: `Bearer ${key}` } });
  assert.equal(v1.status, 200, 'the key made in the app works on /v1');
  await shot(bea.page, '05b-keys');
  await bea.page.goto('/u/ada_e2e');
  await bea.page.getByRole('button', { name: 'Follow', exact: true }).click();
  await bea.page.getByRole('button', { name: 'Following', exact: true }).waitFor();
  assert.equal(await bea.page.getByTestId('followers-count').textContent(), '1');
  await shot(bea.page, '05-profile-followed');
  await bea.page.goto('/?tab=following');
  const card = bea.page.locator('article.card', { hasText: '#first' });
  await card.waitFor();
  await shot(bea.page, '06-following-feed');
  // The caption is text, not HTML: the <img> shows as characters and its handler never ran.
  assert.equal(await card.locator('.card-caption').textContent(), XSS_CAPTION);
  assert.equal(await card.locator('.card-caption img').count(), 0);
  assert.equal(await bea.page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);

  // Like: the count goes to 1 and the server agrees.
  await card.getByRole('button', { name: 'Like', exact: true }).click();
  await card.getByRole('button', { name: 'Unlike', exact: true }).waitFor();
  assert.equal(await card.getByTestId('like-count').textContent(), '1');

  // Comment, and Ada replies.
  await card.getByRole('button', { name: 'Comments', exact: true }).click();
  await bea.page.locator('input[name="comment"]').fill('love the bounce <b>!</b>');
  await bea.page.getByRole('button', { name: 'Post', exact: true }).click();
  await bea.page.getByTestId('comment').filter({ hasText: 'love the bounce <b>!</b>' }).waitFor();
  await shot(bea.page, '07-comments');
  await bea.page.getByRole('button', { name: 'Close', exact: true }).click();

  await ada.page.goto(`/p/${encodeURIComponent(postId)}`);
  await ada.page.getByRole('button', { name: 'Comments', exact: true }).click();
  const beaComment = ada.page.getByTestId('comment').filter({ hasText: 'love the bounce' });
  await beaComment.getByRole('button', { name: 'Reply', exact: true }).click();
  await ada.page.locator('input[name="comment"]').fill('thank you!');
  await ada.page.getByRole('button', { name: 'Post', exact: true }).click();
  await ada.page.locator('.comment--reply', { hasText: 'thank you!' }).waitFor();
  await shot(ada.page, '08-reply');

  const fresh = (await (await bea.page.request.get(`/app/api/posts/${encodeURIComponent(postId)}`)).json()) as { counts: { likes: number; comments: number }; likedByMe: boolean };
  assert.equal(fresh.counts.likes, 1);
  assert.equal(fresh.likedByMe, true);
  assert.equal(fresh.counts.comments, 2);

  // Bea remixes it: Create opens prefilled from the source; the new post links back to it.
  await card.getByRole('button', { name: 'Remix', exact: true }).click();
  await bea.page.waitForURL(/\/create\?remix=/);
  await bea.page.locator('.remix-source-title', { hasText: '@ada_e2e' }).waitFor();
  await bea.page.locator('textarea[name="prompt"]').fill('make it night');
  await bea.page.locator('label.chip-toggle', { hasText: /^1 s$/ }).click();
  await shot(bea.page, '09-remix-create');
  await bea.page.getByRole('button', { name: /Make the remix/ }).click();
  const second = await watchDraft(bea.page, '10-remix-draft');
  const remixId = await postDraft(bea.page, 'night version');
  assert.notEqual(remixId, postId);
  await bea.page.locator('.chip--remix', { hasText: '@ada_e2e' }).waitFor();
  await shot(bea.page, '11-remix-posted');

  // The remix chain shows the original and the remix, and the original lists the remix.
  await bea.page.getByRole('link', { name: /Remix chain/ }).click();
  await bea.page.waitForURL(/\/lineage$/);
  const nodes = bea.page.getByTestId('lineage-node');
  await nodes.nth(1).waitFor();
  assert.equal(await nodes.count(), 2);
  assert.match((await nodes.nth(0).textContent()) ?? '', /@ada_e2e/);
  assert.match((await nodes.nth(1).textContent()) ?? '', /night version/);
  await shot(bea.page, '12-lineage');
  await ada.page.goto(`/p/${encodeURIComponent(postId)}/lineage`);
  await ada.page.locator('.lineage-remixes [data-testid="lineage-node"]', { hasText: 'night version' }).waitFor();

  // Ada's inbox has the follow, like, comment and remix.
  await ada.page.goto('/notifications');
  await ada.page.locator('.notif').first().waitFor();
  const inbox = (await ada.page.locator('.notes').textContent()) ?? '';
  for (const what of ['started following you', 'liked your video', 'commented:', 'remixed your video']) assert.ok(inbox.includes(what), `inbox lacks "${what}": ${inbox}`);
  await shot(ada.page, '13-inbox');

  // The same account on a desktop: the 9:16 column centred beside the side rail.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, storageState: await bea.context.storageState(), baseURL: server.url });
  const deskPage = await desk.newPage();
  await deskPage.goto('/?tab=following');
  await deskPage.locator('article.card').first().waitFor();
  await deskPage.getByRole('link', { name: 'Verify', exact: true }).waitFor();
  await shot(deskPage, '14-desktop-feed');
  await deskPage.goto(`/p/${encodeURIComponent(remixId)}/lineage`);
  await deskPage.getByTestId('lineage-node').nth(1).waitFor();
  await shot(deskPage, '15-desktop-lineage');
  await desk.close();

  // At least one of the two renders was slow enough to show live progress before the video.
  assert.ok(first.sawProgress || second.sawProgress, 'no progress view was seen before a video was ready');
  assert.deepEqual(problems, [], 'errors in the browser console');
  await ada.context.close();
  await bea.context.close();
});
