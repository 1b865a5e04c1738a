/** The API contract with the openai SDK, embedded setup: SQLite, the database queue, in-process workers. */
import { startTestServer } from '../testing/startTestServer.ts';
import { SUITE_LIMITS, videoApiSuite } from '../testing/videoApiSuite.ts';

videoApiSuite('video API on SQLite with in-process workers', async () => {
  const t = await startTestServer({ ...SUITE_LIMITS, concurrency: 1 });
  return {
    url: t.url,
    dataDir: t.dataDir,
    newClient: () => t.newClient(),
    queue: t.server.runtime.queue,
    jobMetricsUrls: () => [`${t.url}/metrics`],
    close: () => t.close(),
  };
});
