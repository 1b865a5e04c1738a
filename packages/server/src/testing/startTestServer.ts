/**
 * A server for tests: a fresh data folder, a free port, quiet logs, and API keys with openai
 * SDK clients pointed at it (no automatic retries, so every error is seen as it is).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { createApiKey } from '../auth/createApiKey.ts';
import { loadConfig, type ServerConfig } from '../config/ServerConfig.ts';
import { createLogger } from '../ops/createLogger.ts';
import { startServer, type RunningServer } from '../runtime/startServer.ts';

export interface TestServer {
  server: RunningServer;
  url: string;
  dataDir: string;
  /** An SDK client with a fresh API key of its own. */
  newClient(): Promise<OpenAI>;
  close(): Promise<void>;
}

export function sdkClient(url: string, apiKey: string): OpenAI {
  return new OpenAI({ apiKey, baseURL: `${url}/v1`, maxRetries: 0, timeout: 60_000 });
}

/** Settings for a test server: short leases and retries, no rate limit unless asked. */
export function testConfig(dataDir: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return loadConfig(
    {},
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      logLevel: process.env.KLAPPE_TEST_LOG ?? 'silent',
      bootstrapKey: false,
      rateLimitPerMinute: 0,
      maxActiveJobsPerKey: 0,
      jobLeaseMs: 3000,
      retryDelayMs: 200,
      shutdownGraceMs: 5000,
      pollAfterMs: 200,
      renderThreads: 1,
      ...overrides,
    },
  );
}

export async function startTestServer(overrides: Partial<ServerConfig> = {}, opts: { dataDir?: string } = {}): Promise<TestServer> {
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'klappe-server-'));
  const config = testConfig(dataDir, overrides);
  const server = await startServer(config, { logger: createLogger({ level: config.logLevel, bindings: { service: 'test-server' } }) });
  return {
    server,
    url: server.url,
    dataDir,
    async newClient() {
      const key = await createApiKey(server.runtime.keys, 'test');
      return sdkClient(server.url, key.key);
    },
    async close() {
      await server.close(0);
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
