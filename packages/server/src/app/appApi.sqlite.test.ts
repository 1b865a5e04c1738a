/** The app API contract on the embedded setup: SQLite, the database queue, an in-process worker. */
import { startTestServer } from '../testing/startTestServer.ts';
import { APP_SUITE_CONFIG, appApiSuite } from './testing/appApiSuite.ts';

appApiSuite('app API on SQLite', () => startTestServer({ ...APP_SUITE_CONFIG, concurrency: 1 }));
