/** The app API contract on Postgres (a fresh schema per run) with an in-process worker. */
import { it } from 'node:test';
import { startTestServer } from '../testing/startTestServer.ts';
import { dropSchema, postgresAvailable, TEST_DATABASE_URL, uniqueName } from '../testing/testServices.ts';
import { APP_SUITE_CONFIG, appApiSuite } from './testing/appApiSuite.ts';

const hasPostgres = await postgresAvailable();
if (!hasPostgres && process.env.KLAPPE_REQUIRE_SERVICES === '1') throw new Error(`needs PostgreSQL at ${TEST_DATABASE_URL}`);

if (hasPostgres) {
  const schema = uniqueName('klappe_app');
  appApiSuite('app API on Postgres', async () => {
    const t = await startTestServer({ ...APP_SUITE_CONFIG, concurrency: 1, databaseUrl: TEST_DATABASE_URL, databaseSchema: schema });
    return {
      ...t,
      async close() {
        await t.close();
        await dropSchema(schema);
      },
    };
  });
} else {
  it('app API on Postgres', { skip: `needs PostgreSQL at ${TEST_DATABASE_URL}` }, () => {});
}
