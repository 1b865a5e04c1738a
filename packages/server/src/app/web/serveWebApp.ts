/**
 * The browser app at `/`: the files of `packages/web/dist` (built by `npm run build -w
 * packages/web`), and index.html for any other page path so the app's own router takes over.
 * Without a build, `/` says how to make one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

/** Paths that belong to the APIs, never to the app's pages. */
const API_PATH = /^\/(v1|app\/api|healthz|metrics)(\/|$)/;

export const NOT_BUILT_MESSAGE = (dir: string) =>
  `The Klappe web app is not built yet (no ${join(dir, 'index.html')}).\n` +
  'Build it with `npm run build -w packages/web`, then restart the server.\n' +
  'The video API is available at /v1 (see docs/api.md) and the app API at /app/api (docs/app-api.md).\n';

export interface WebApp {
  /** Whether the build was found. */
  built: boolean;
  /** Answers a GET for an unknown page path with the app (or the not-built message); false: not ours. */
  fallback(req: FastifyRequest, reply: FastifyReply): boolean;
}

export async function serveWebApp(app: FastifyInstance, dir = DEFAULT_WEB_DIST): Promise<WebApp> {
  const built = existsSync(join(dir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: dir,
      wildcard: true,
      index: ['index.html'],
      // Hashed asset names change with each build; index.html must always be asked again.
      setHeaders: (res, path) => res.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  } else {
    app.get('/', async (_req, reply) => reply.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT_MESSAGE(dir)));
  }
  return {
    built,
    fallback(req, reply) {
      const path = req.url.split('?', 1)[0]!;
      if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATH.test(path)) return false;
      // A missing asset file is a 404, not the app.
      if (/\.[a-z0-9]{1,8}$/i.test(path) && !path.endsWith('.html')) return false;
      if (!built) {
        void reply.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT_MESSAGE(dir));
        return true;
      }
      void reply.header('cache-control', 'no-cache').sendFile('index.html');
      return true;
    },
  };
}
