import { startTestServer } from '../packages/server/src/testing/startTestServer.ts';
import { AppClient } from '../packages/server/src/app/testing/AppClient.ts';
const t = await startTestServer({ concurrency: 1 });
try {
  const a = new AppClient(t.url);
  console.log((await a.get('/me')).status);
  const su = await a.signUp('ada');
  console.log(su.body);
  const d = await a.post('/drafts', { prompt: 'a red ball bounces on a wooden floor', seconds: 1, aspect: '1:1' });
  console.log(d.status, d.body);
  const t0 = Date.now();
  for (;;) { const g = await a.get(`/drafts/${d.body.id}`); if (g.body.status === 'completed' || g.body.status === 'failed') { console.log(g.body, Date.now()-t0); break; } await new Promise(r=>setTimeout(r,300)); }
  const pv = await a.raw('GET', `/app/api/drafts/${d.body.id}/preview.jpg`); console.log('preview', pv.status, pv.headers.get('content-type'));
  const p = await a.post('/posts', { draftId: d.body.id, caption: 'hello <b>', visibility: 'public' });
  console.log(p.status, p.body);
  const b = new AppClient(t.url); await b.signUp('bob');
  console.log((await b.get('/feed')).body.data.length);
  const v = await b.raw('GET', `/app/api/posts/${p.body.id}/video`, { headers: { range: 'bytes=0-99' } }); console.log(v.status, v.headers.get('content-range'));
  console.log([...v.headers].filter(([k]) => /content-security|x-frame|referrer/.test(k)));
  const root = await fetch(t.url + '/'); console.log(root.status, (await root.text()).slice(0, 80));
} finally { await t.close(); }
