/** `klappe worker`: a render worker for the shared job queue; run as many as you like. */
import { parseArgs } from 'node:util';
import { CliError } from '../CliError.ts';
import { serverConfigFromArgs, startupError, untilSignal } from './serverConfigFromArgs.ts';

export const WORKER_USAGE = `Usage: klappe worker [--concurrency N] [--data DIR] [--metrics-port N]

Renders videos from the job queue: BullMQ when REDIS_URL is set, otherwise the database
(DATABASE_URL, or the SQLite file in the data folder). Start any number, on any machines that
share the database, the queue and the data folder. SIGTERM lets running renders finish (or
hands them back to the queue); a worker that dies mid-render has its job taken over.

Options:
  --concurrency N    videos rendered at the same time (env KLAPPE_CONCURRENCY, default 1)
  --data DIR         data folder shared with the server (env KLAPPE_DATA, default ./data)
  --metrics-port N   serve Prometheus metrics at http://localhost:N/metrics`;

export async function workerCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      concurrency: { type: 'string' },
      data: { type: 'string' },
      'metrics-port': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${WORKER_USAGE}\n`);
    return 0;
  }
  const config = await serverConfigFromArgs(values);
  const { startWorker } = await import('@klappe/server');
  let metricsPort: number | undefined;
  if (values['metrics-port'] !== undefined) {
    metricsPort = Number(values['metrics-port']);
    if (!/^\d+$/.test(values['metrics-port']) || metricsPort > 65535) throw new CliError(`--metrics-port must be a port number, got "${values['metrics-port']}"`);
  }
  const worker = await startWorker(config, { metricsPort }).catch((err) => {
    throw startupError(err);
  });
  await untilSignal();
  await worker.stop();
  return 0;
}
