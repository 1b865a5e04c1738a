/**
 * The HTTP server: Fastify with the OpenAI-compatible video routes, API keys and rate limits,
 * the OpenAI error shape for every error (unknown routes, body limits and content types
 * included), request ids, JSON request logs and metrics.
 */
import { randomBytes } from 'node:crypto';
import multipart from '@fastify/multipart';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { createAuthenticator } from '../auth/authenticate.ts';
import type { RateLimiter } from '../auth/RateLimiter.ts';
import type { BlobStore } from '../blobs/BlobStore.ts';
import { LEVELS, type Logger } from '../ops/createLogger.ts';
import type { Metrics } from '../ops/createMetrics.ts';
import type { ApiKeyStore } from '../store/ApiKeyStore.ts';
import type { VideoStore } from '../store/VideoStore.ts';
import { registerAppApi, type AppApiOptions } from '../app/registerAppApi.ts';
import { registerSecurityHeaders } from '../app/security/registerSecurityHeaders.ts';
import type { WebApp } from '../app/web/serveWebApp.ts';
import { ApiError } from './ApiError.ts';
import { buildOpenApiDocument } from './openapi/buildOpenApiDocument.ts';
import { registerSystemRoutes, SYSTEM_ROUTE_DOCS } from './routes/systemRoutes.ts';
import { registerVideoRoutes, VIDEO_ROUTE_DOCS } from './routes/videoRoutes.ts';
import { registerVerifyRoutes, VERIFY_ROUTE_DOCS, type VerifyRouteDeps } from './routes/verifyRoutes.ts';
import { PRESET_ROUTE_DOCS, registerPresetRoutes } from './routes/presetRoutes.ts';
import { toApiError } from './toApiError.ts';
import type { VideoService } from './VideoService.ts';

export interface AppDeps {
  service: VideoService;
  videos: VideoStore;
  keys: ApiKeyStore;
  blobs: BlobStore;
  limiter: RateLimiter;
  logger: Logger;
  metrics: Metrics;
  health: () => Promise<{ ok: boolean; checks: Record<string, unknown> }>;
  version: string;
  maxBodyBytes: number;
  maxUploadBytes: number;
  /** POST /v1/verify: the trust keys, the mark lookup, scratch space and the upload limit. */
  verify: VerifyRouteDeps;
  pollAfterMs: number;
  /** The browser app's API (/app/api) and the web app at / (docs/app-api.md). */
  app?: AppApiOptions;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Request ids: a random prefix per process and a counter (cheap, unique, sortable in logs). */
const ID_PREFIX = `req_${randomBytes(6).toString('hex')}`;
let requestCounter = 0;
const PUBLIC = new Set(['/v1/openapi.json']);

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as unknown as FastifyBaseLogger,
    // One log line per request comes from the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: deps.maxBodyBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : `${ID_PREFIX}${(++requestCounter).toString(36).padStart(6, '0')}`;
    },
    return503OnClosing: true,
  });
  // JSON and multipart only: anything else is a 415.
  app.removeContentTypeParser('text/plain');
  await app.register(multipart, { throwFileSizeLimit: true });
  await registerSecurityHeaders(app);
  app.decorateRequest('apiKey', null);

  const authenticate = createAuthenticator(deps.keys, deps.limiter);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    const path = req.url.split('?', 1)[0]!;
    if (!path.startsWith('/v1/') && path !== '/v1') return;
    if (PUBLIC.has(path)) return;
    req.apiKey = await authenticate(req, (name, value) => reply.header(name, value));
  });

  const logRequests = LEVELS[deps.logger.level as keyof typeof LEVELS] <= LEVELS.info;
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    const ms = reply.elapsedTime;
    deps.metrics.httpRequests.inc({ method: req.method, route, status: String(reply.statusCode) });
    deps.metrics.httpDuration.observe({ method: req.method, route }, ms / 1000);
    if (!logRequests || route === '/metrics' || route === '/healthz') return;
    deps.logger.info({ reqId: req.id, method: req.method, url: req.url, route, status: reply.statusCode, ms: Number(ms.toFixed(2)), ...(req.apiKey ? { keyId: req.apiKey.id } : {}) }, 'request');
  });

  app.setErrorHandler((err, req, reply) => {
    const apiError = toApiError(err);
    if (apiError.status >= 500) deps.logger.error({ reqId: req.id, err }, 'request failed');
    for (const [name, value] of Object.entries(apiError.headers)) reply.header(name, value);
    // The openai SDK retries 409s by default; these are not worth retrying.
    if (apiError.status < 500 && apiError.status !== 429) reply.header('x-should-retry', 'false');
    reply.status(apiError.status).send(apiError.toBody());
  });

  let webApp: WebApp | undefined;
  app.setNotFoundHandler((req, reply) => {
    if (webApp?.fallback(req, reply)) return;
    const e = new ApiError(404, `Unknown request URL: ${req.method} ${req.url.split('?', 1)[0]}. See /v1/openapi.json for the routes.`, { code: 'unknown_url' });
    reply.header('x-should-retry', 'false');
    reply.status(404).send(e.toBody());
  });

  registerVideoRoutes(app, {
    service: deps.service,
    videos: deps.videos,
    blobs: deps.blobs,
    pollAfterMs: deps.pollAfterMs,
    maxUploadBytes: deps.maxUploadBytes,
    maxBodyBytes: deps.maxBodyBytes,
  });
  registerVerifyRoutes(app, deps.verify);
  registerPresetRoutes(app);
  webApp = (await registerAppApi(app, { service: deps.service, videos: deps.videos, keys: deps.keys, blobs: deps.blobs, logger: deps.logger, maxUploadBytes: deps.maxUploadBytes, verify: deps.verify, options: deps.app })).web;
  registerSystemRoutes(app, {
    health: deps.health,
    metricsText: async () => ({ contentType: deps.metrics.registry.contentType, body: await deps.metrics.registry.metrics() }),
    openApi: () => buildOpenApiDocument([...VIDEO_ROUTE_DOCS, ...VERIFY_ROUTE_DOCS, ...PRESET_ROUTE_DOCS, ...SYSTEM_ROUTE_DOCS], { version: deps.version }),
  });
  return app;
}
