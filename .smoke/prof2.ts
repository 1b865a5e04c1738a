import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@klappe/server';
import { seed } from '../packages/server/bench/benchFeed.ts';
import { startTestServer } from '../packages/server/src/testing/startTestServer.ts';
const dataDir = mkdtempSync(join(tmpdir(), 'prof2-'));
const opened = await openDatabase({ dataDir });
const { cookies } = await seed(opened);
await opened.close();
const t = await startTestServer({ concurrency: 0 }, { dataDir });
for (const path of ['/app/api/feed?tab=following', '/app/api/feed?tab=foryou', '/app/api/me']) {
  for (let i = 0; i < 20; i++) await t.server.app.inject({ url: path, headers: { cookie: cookies[i % cookies.length]! } });
  const t0 = performance.now();
  const N = 200;
  for (let i = 0; i < N; i++) {
    const r = await t.server.app.inject({ url: path, headers: { cookie: cookies[i % cookies.length]! } });
    if (r.statusCode !== 200) throw new Error(r.body);
  }
  console.log(path, ((performance.now() - t0) / N).toFixed(2), 'ms per request');
}
await t.close();
