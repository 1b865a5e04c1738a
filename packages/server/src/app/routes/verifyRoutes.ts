/**
 * POST /verify: the Verify page's upload → the trust layer's report (C2PA state, invisible
 * marks, verdict), the same report as POST /v1/verify. No sign-in needed; two checks run at
 * once at most (each decodes the video), more get a 429.
 */
import type { FastifyInstance } from 'fastify';
import type {} from '@fastify/multipart';
import { ApiError, tooManyRequests } from '../../api/ApiError.ts';
import { verifyUpload } from '../../api/verify/verifyUpload.ts';
import type { VerifyRouteDeps } from '../../api/routes/verifyRoutes.ts';
import type { AppContext } from '../AppContext.ts';
import { formatBytes } from '../http/readUpload.ts';

const MAX_RUNNING = 2;

export function registerVerifyRoutes(app: FastifyInstance, ctx: AppContext, deps: VerifyRouteDeps | undefined): void {
  let running = 0;
  app.post('/verify', async (req) => {
    if (!deps) {
      if (req.isMultipart()) for await (const part of req.parts()) if (part.type === 'file') part.file.resume();
      throw new ApiError(501, 'Verifying videos is not available on this server.', { code: 'verify_unavailable' });
    }
    if (running >= MAX_RUNNING) throw tooManyRequests('The server is checking other videos right now. Try again in a few seconds.', 'verify_busy', 3000);
    running++;
    const maxBytes = Math.min(ctx.settings.maxVerifyBytes, deps.maxVerifyBytes);
    try {
      return await verifyUpload(req, deps, maxBytes, formatBytes(maxBytes));
    } finally {
      running--;
    }
  });
}
