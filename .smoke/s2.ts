import { startTestServer } from '../packages/server/src/testing/startTestServer.ts';
const t = await startTestServer({ concurrency: 0 });
const r = await fetch(t.url + '/app/api/csrf');
console.log(r.headers.getSetCookie(), await r.text());
await t.close();
