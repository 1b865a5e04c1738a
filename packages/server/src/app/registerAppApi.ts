/**
 * The browser app's server side: the JSON API under /app/api (accounts, drafts, posts, feed,
 * people, notifications, verify) with session cookies and CSRF checks, the scoping of
 * account-owned API keys on /v1, and the built web app at `/`.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../api/ApiError.ts';
import type { VerifyRouteDeps } from '../api/routes/verifyRoutes.ts';
import type { VideoService } from '../api/VideoService.ts';
import type { BlobStore } from '../blobs/BlobStore.ts';
import type { Logger } from '../ops/createLogger.ts';
import type { ApiKeyStore } from '../store/ApiKeyStore.ts';
import type { VideoStore } from '../store/VideoStore.ts';
import { createStores, type AppContext, type AppSettings } from './AppContext.ts';
import { appDb } from './AppDatabase.ts';
import { PreviewFrames } from './create/PreviewFrames.ts';
import { FeedRanker } from './feed/FeedRanker.ts';
import { checkCsrf, ensureCsrfCookie, SESSION_COOKIE } from './http/sessionCookies.ts';
import { registerAuthRoutes } from './routes/authRoutes.ts';
import { registerDraftRoutes } from './routes/draftRoutes.ts';
import { registerFeedRoutes } from './routes/feedRoutes.ts';
import { registerMeRoutes } from './routes/meRoutes.ts';
import { registerNotificationRoutes } from './routes/notificationRoutes.ts';
import { registerPeopleRoutes } from './routes/peopleRoutes.ts';
import { registerPostRoutes } from './routes/postRoutes.ts';
import { registerVerifyRoutes } from './routes/verifyRoutes.ts';
import { ProvenanceChecks } from './trust/ProvenanceChecks.ts';
import { defaultTrustHooks, type TrustHooks } from './trust/TrustHooks.ts';
import { scopeUserKeys } from './v1/scopeUserKeys.ts';
import { serveWebApp, type WebApp } from './web/serveWebApp.ts';

export interface AppApiOptions extends Partial<AppSettings> {
  /** Folder of the built web app (default packages/web/dist). */
  webDistDir?: string;
  /** Draw a preview still of each new draft while it renders (default true). */
  previewFrames?: boolean;
  /** Override the trust layer's moderators (tests). */
  trust?: TrustHooks;
}

export interface AppApiDeps {
  service: VideoService;
  videos: VideoStore;
  keys: ApiKeyStore;
  blobs: BlobStore;
  logger: Logger;
  maxUploadBytes: number;
  /** The verifier's keys and limits (as for POST /v1/verify); without it /verify answers 501. */
  verify?: VerifyRouteDeps;
  options?: AppApiOptions;
}

export interface AppApi {
  ctx: AppContext;
  web: WebApp;
  previews?: PreviewFrames;
}

export const DEFAULT_APP_SETTINGS: AppSettings = {
  secureCookies: 'auto',
  signinAttemptsPerMinute: 10,
  maxAvatarBytes: 2 * 1024 * 1024,
  maxVerifyBytes: 200 * 1024 * 1024,
  maxUploadBytes: 10 * 1024 * 1024,
};

export async function registerAppApi(app: FastifyInstance, deps: AppApiDeps): Promise<AppApi> {
  const opts = deps.options ?? {};
  const db = appDb(deps.videos.db);
  const stores = createStores(db);
  const settings: AppSettings = {
    secureCookies: opts.secureCookies ?? DEFAULT_APP_SETTINGS.secureCookies,
    signinAttemptsPerMinute: opts.signinAttemptsPerMinute ?? DEFAULT_APP_SETTINGS.signinAttemptsPerMinute,
    maxAvatarBytes: opts.maxAvatarBytes ?? DEFAULT_APP_SETTINGS.maxAvatarBytes,
    maxVerifyBytes: opts.maxVerifyBytes ?? DEFAULT_APP_SETTINGS.maxVerifyBytes,
    maxUploadBytes: deps.maxUploadBytes,
  };
  const trust = opts.trust ?? defaultTrustHooks();
  const ctx: AppContext = {
    db,
    ...stores,
    service: deps.service,
    videos: deps.videos,
    keys: deps.keys,
    blobs: deps.blobs,
    trust,
    ...(deps.verify ? { provenance: new ProvenanceChecks(deps.verify, deps.blobs, stores.posts, deps.logger) } : {}),
    feed: new FeedRanker(stores.posts, stores.social),
    logger: deps.logger,
    settings,
    now: () => Date.now(),
  };
  const previews = opts.previewFrames === false ? undefined : new PreviewFrames(deps.blobs, deps.logger);

  await app.register(cookie);
  scopeUserKeys(app, db);

  await app.register(
    async (scope) => {
      scope.decorateRequest('appUser', null);
      scope.addHook('onRequest', async (req, reply) => {
        ensureCsrfCookie(req, reply, settings.secureCookies);
        checkCsrf(req);
        const token = req.cookies[SESSION_COOKIE];
        if (token) req.appUser = (await ctx.sessions.find(token, ctx.now())) ?? null;
      });
      scope.addHook('onSend', async (_req, reply, payload) => {
        // Answers depend on who asks: no shared caching unless a route said otherwise.
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
        return payload;
      });
      scope.setNotFoundHandler((req, reply) => {
        const e = new ApiError(404, `Unknown request URL: ${req.method} ${req.url.split('?', 1)[0]}. See docs/app-api.md for the routes.`, { code: 'unknown_url' });
        void reply.status(404).send(e.toBody());
      });
      registerAuthRoutes(scope, ctx);
      registerMeRoutes(scope, ctx);
      registerDraftRoutes(scope, ctx, previews);
      registerPostRoutes(scope, ctx);
      registerFeedRoutes(scope, ctx);
      registerPeopleRoutes(scope, ctx);
      registerNotificationRoutes(scope, ctx);
      registerVerifyRoutes(scope, ctx, deps.verify);
    },
    { prefix: '/app/api' },
  );

  const web = await serveWebApp(app, opts.webDistDir);
  return { ctx, web, ...(previews ? { previews } : {}) };
}
