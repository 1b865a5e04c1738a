/**
 * Shared by serve, worker and keys: the configuration from the environment, with flags on top.
 * The server package is loaded only when one of these commands runs, so `klappe generate`
 * starts as fast as before.
 */
import type { ServerConfig } from '@klappe/server/admin';
import { CliError } from '../CliError.ts';

export async function serverConfigFromArgs(values: { port?: string; data?: string; concurrency?: string }): Promise<ServerConfig> {
  const { ConfigError, loadConfig } = await import('@klappe/server/admin');
  const env = { ...process.env };
  if (values.port !== undefined) env.PORT = values.port;
  if (values.data !== undefined) env.KLAPPE_DATA = values.data;
  if (values.concurrency !== undefined) env.KLAPPE_CONCURRENCY = values.concurrency;
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message);
    throw err;
  }
}

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      const force = () => process.exit(130);
      process.once('SIGINT', force);
      process.once('SIGTERM', force);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** Why the server could not start, as one line. */
export function startupError(err: unknown): CliError | unknown {
  const e = err as NodeJS.ErrnoException & { address?: string; port?: number };
  if (e?.code === 'EADDRINUSE') return new CliError(`port ${e.port ?? ''} is in use: set PORT or --port to another one`.replace('  ', ' '));
  if (e?.code === 'ECONNREFUSED') return new CliError(`cannot reach ${e.address ?? 'a service'}:${e.port ?? ''} (${e.message}); check DATABASE_URL / REDIS_URL`);
  if (e?.code === 'EACCES') return new CliError(`not allowed: ${e.message}`);
  return err;
}
