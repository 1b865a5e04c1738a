/** `klappe serve`: the OpenAI-compatible API with in-process render workers (`npm start`). */
import { parseArgs } from 'node:util';
import { serverConfigFromArgs, startupError, untilSignal } from './serverConfigFromArgs.ts';

export const SERVE_USAGE = `Usage: klappe serve [--port N] [--data DIR] [--concurrency N] [--api-only]

Starts the OpenAI-compatible video API (POST /v1/videos …) on port 3000 with data in ./data
(SQLite) and renders jobs in this process. Logs are JSON lines on stdout.

Options:
  --port N          HTTP port (env PORT, default 3000)
  --data DIR        data folder: database, videos, scratch (env KLAPPE_DATA, default ./data)
  --concurrency N   videos rendered at the same time (env KLAPPE_CONCURRENCY, default 1)
  --api-only        render nothing here; leave the jobs to \`klappe worker\` processes

Scale out with DATABASE_URL (Postgres) and REDIS_URL (BullMQ). All settings: docs/api.md.`;

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      concurrency: { type: 'string' },
      'api-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${SERVE_USAGE}\n`);
    return 0;
  }
  const config = await serverConfigFromArgs(values);
  const { SERVER_VERSION, startServer } = await import('@klappe/server');
  if (values['api-only']) config.concurrency = 0;
  const server = await startServer(config).catch((err) => {
    throw startupError(err);
  });
  const { runtime } = server;
  const lines = [
    `Klappe ${SERVER_VERSION} is listening on ${server.url}`,
    `  data:  ${runtime.database.location} · files in ${config.dataDir}`,
    `  jobs:  ${runtime.queue.kind === 'bullmq' ? 'BullMQ on Redis' : 'in the database'} · ${config.concurrency === 0 ? 'rendered by `klappe worker` processes' : `${config.concurrency} at a time in this process`}`,
    '',
  ];
  if (server.bootstrapKey) {
    lines.push('  Your API key (shown once — keep it somewhere safe):', '', `    ${server.bootstrapKey.key}`, '');
  }
  lines.push(
    '  Make API keys with:  npx klappe keys create',
    `  Use the openai SDK:  new OpenAI({ apiKey, baseURL: '${server.url}/v1' })`,
    `  API reference:       ${server.url}/v1/openapi.json · health ${server.url}/healthz · metrics ${server.url}/metrics`,
    '',
  );
  process.stderr.write(`${lines.join('\n')}\n`);
  const signal = await untilSignal();
  process.stderr.write(`klappe: ${signal}: finishing running renders (up to ${Math.round(config.shutdownGraceMs / 1000)} s, the rest go back to the queue)…\n`);
  await server.close();
  return 0;
}
