/**
 * Everything an operator can set, read once from the environment. `npm start` needs none of
 * it: port 3000, data in ./data, SQLite, one job at a time, jobs in the database.
 */
import { resolve } from 'node:path';

export interface ServerConfig {
  /** HTTP port (`PORT`, default 3000). 0 picks a free port. */
  port: number;
  /** Interface to listen on (`HOST`, default 0.0.0.0). */
  host: string;
  /** Folder for the SQLite file, media and scratch space (`KLAPPE_DATA`, default ./data). */
  dataDir: string;
  /** Postgres connection string (`DATABASE_URL`); unset means SQLite in the data folder. */
  databaseUrl?: string;
  /** Postgres schema to use (`DATABASE_SCHEMA`, created if missing); default: the server's search_path. */
  databaseSchema?: string;
  /** Redis connection string (`REDIS_URL`); set means jobs go through BullMQ instead of the database. */
  redisUrl?: string;
  /** BullMQ key prefix (`KLAPPE_QUEUE_PREFIX`, default "klappe"). */
  queuePrefix: string;
  /** Jobs rendered at the same time by this process (`KLAPPE_CONCURRENCY`, default 1; 0 = API only). */
  concurrency: number;
  /** Render threads per job (`KLAPPE_RENDER_THREADS`, default: the engine's choice). */
  renderThreads?: number;
  /** Attempts per job before it fails (`KLAPPE_JOB_ATTEMPTS`, default 3). */
  jobAttempts: number;
  /** First retry delay; doubles each attempt (`KLAPPE_RETRY_DELAY_MS`, default 2000). */
  retryDelayMs: number;
  /** How long a worker owns a job without a heartbeat before another may take it (`KLAPPE_JOB_LEASE_MS`, default 30000). */
  jobLeaseMs: number;
  /** On SIGTERM, how long running jobs may take to finish before they are requeued (`KLAPPE_SHUTDOWN_GRACE_MS`, default 20000). */
  shutdownGraceMs: number;
  /** How long finished videos are kept (`KLAPPE_ASSET_TTL_HOURS`, default 168 = 7 days; 0 = forever). */
  assetTtlHours: number;
  /** How often expired videos are cleaned up (`KLAPPE_CLEANUP_INTERVAL_MS`, default 600000). */
  cleanupIntervalMs: number;
  /** Requests per minute per API key (`KLAPPE_RATE_LIMIT`, default 600; 0 = unlimited). */
  rateLimitPerMinute: number;
  /** Requests a key may send in one burst (`KLAPPE_RATE_BURST`, default 60). */
  rateLimitBurst: number;
  /** Videos a key may have queued or rendering at once (`KLAPPE_MAX_ACTIVE_JOBS`, default 4; 0 = unlimited). */
  maxActiveJobsPerKey: number;
  /** Largest JSON body in bytes (`KLAPPE_MAX_BODY_BYTES`, default 16 MiB). */
  maxBodyBytes: number;
  /** Largest input_reference image in bytes (`KLAPPE_MAX_UPLOAD_BYTES`, default 10 MiB). */
  maxUploadBytes: number;
  /** Largest video POST /v1/verify accepts, in bytes (`KLAPPE_MAX_VERIFY_BYTES`, default 256 MiB). */
  maxVerifyBytes: number;
  /** `openai-poll-after-ms` sent while a video is not finished (`KLAPPE_POLL_AFTER_MS`, default 1000). */
  pollAfterMs: number;
  /** Log level: trace, debug, info, warn, error, fatal, silent (`KLAPPE_LOG_LEVEL`, default info). */
  logLevel: string;
  /** Create and print an API key on the first start when none exists (`KLAPPE_BOOTSTRAP_KEY`, default true). */
  bootstrapKey: boolean;
  /** A moderation config file: more names and terms, allow-lists, image thresholds (`KLAPPE_MODERATION_CONFIG`; see docs/trust.md). */
  moderationConfigPath?: string;
  /** App cookies get `Secure` (`KLAPPE_SECURE_COOKIES`: auto = when the request came over https, true, false; default auto). */
  secureCookies: 'auto' | boolean;
  /** App sign-in attempts per minute per account; per client address 5× that (`KLAPPE_SIGNIN_RATE`, default 10). */
  signinAttemptsPerMinute: number;
  /** Largest avatar image in bytes (`KLAPPE_MAX_AVATAR_BYTES`, default 2 MiB). */
  maxAvatarBytes: number;
  /** Folder of the built web app served at / (`KLAPPE_WEB_DIST`, default packages/web/dist). */
  webDistDir?: string;
  /** Draw a preview still of each new app draft while it renders (`KLAPPE_PREVIEW_FRAMES`, default true). */
  previewFrames: boolean;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function int(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function str(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

/** Read the configuration from environment variables; `overrides` win (used by the CLI flags and tests). */
export function loadConfig(env: Env = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const schema = str(env, 'DATABASE_SCHEMA');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError(`DATABASE_SCHEMA must be lowercase letters, digits and underscores, got "${schema}"`);
  }
  const prefix = str(env, 'KLAPPE_QUEUE_PREFIX') ?? 'klappe';
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(prefix)) throw new ConfigError(`KLAPPE_QUEUE_PREFIX has characters that are not allowed: "${prefix}"`);
  const renderThreads = str(env, 'KLAPPE_RENDER_THREADS');
  const redisUrl = str(env, 'REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  const databaseUrl = str(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a Postgres URL (postgres://user:password@host:5432/database); leave it unset for SQLite');
  }
  const secureCookies = (str(env, 'KLAPPE_SECURE_COOKIES') ?? 'auto').toLowerCase();
  if (!['auto', 'true', 'false'].includes(secureCookies)) throw new ConfigError(`KLAPPE_SECURE_COOKIES must be auto, true or false, got "${secureCookies}"`);
  const webDist = str(env, 'KLAPPE_WEB_DIST');
  const config: ServerConfig = {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: str(env, 'HOST') ?? '0.0.0.0',
    dataDir: resolve(str(env, 'KLAPPE_DATA') ?? 'data'),
    databaseUrl,
    databaseSchema: schema,
    redisUrl,
    queuePrefix: prefix,
    concurrency: int(env, 'KLAPPE_CONCURRENCY', 1, 0, 64),
    renderThreads: renderThreads === undefined ? undefined : int(env, 'KLAPPE_RENDER_THREADS', 0, 0, 64),
    jobAttempts: int(env, 'KLAPPE_JOB_ATTEMPTS', 3, 1, 100),
    retryDelayMs: int(env, 'KLAPPE_RETRY_DELAY_MS', 2000, 0),
    jobLeaseMs: int(env, 'KLAPPE_JOB_LEASE_MS', 30_000, 500),
    shutdownGraceMs: int(env, 'KLAPPE_SHUTDOWN_GRACE_MS', 20_000, 0),
    assetTtlHours: int(env, 'KLAPPE_ASSET_TTL_HOURS', 168, 0),
    cleanupIntervalMs: int(env, 'KLAPPE_CLEANUP_INTERVAL_MS', 600_000, 100),
    rateLimitPerMinute: int(env, 'KLAPPE_RATE_LIMIT', 600, 0),
    rateLimitBurst: int(env, 'KLAPPE_RATE_BURST', 60, 1),
    maxActiveJobsPerKey: int(env, 'KLAPPE_MAX_ACTIVE_JOBS', 4, 0),
    maxBodyBytes: int(env, 'KLAPPE_MAX_BODY_BYTES', 16 * 1024 * 1024, 1024),
    maxUploadBytes: int(env, 'KLAPPE_MAX_UPLOAD_BYTES', 10 * 1024 * 1024, 1024),
    maxVerifyBytes: int(env, 'KLAPPE_MAX_VERIFY_BYTES', 256 * 1024 * 1024, 1024),
    pollAfterMs: int(env, 'KLAPPE_POLL_AFTER_MS', 1000, 0),
    logLevel: str(env, 'KLAPPE_LOG_LEVEL') ?? 'info',
    bootstrapKey: (str(env, 'KLAPPE_BOOTSTRAP_KEY') ?? 'true') !== 'false',
    moderationConfigPath: str(env, 'KLAPPE_MODERATION_CONFIG'),
    secureCookies: secureCookies === 'auto' ? 'auto' : secureCookies === 'true',
    signinAttemptsPerMinute: int(env, 'KLAPPE_SIGNIN_RATE', 10, 1),
    maxAvatarBytes: int(env, 'KLAPPE_MAX_AVATAR_BYTES', 2 * 1024 * 1024, 1024),
    webDistDir: webDist === undefined ? undefined : resolve(webDist),
    previewFrames: (str(env, 'KLAPPE_PREVIEW_FRAMES') ?? 'true') !== 'false',
  };
  return { ...config, ...overrides };
}
