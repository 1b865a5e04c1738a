/**
 * POST /verify: the Verify page's upload → the trust layer's report (C2PA state, invisible
 * marks, verdict), the same report as POST /v1/verify. No sign-in needed; two checks run at
 * once at most (each decodes the video), more get a 429.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type {} from '@fastify/multipart';
import { verifyVideo, VerifyInputError } from '@klappe/trust';
import { ApiError, tooManyRequests } from '../../api/ApiError.ts';
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
    if (!req.isMultipart()) throw new ApiError(415, "Send the video as multipart/form-data in the 'file' field.", { param: 'file', code: 'unsupported_media_type' });
    if (running >= MAX_RUNNING) throw tooManyRequests('The server is checking other videos right now. Try again in a few seconds.', 'verify_busy', 3000);
    running++;
    const maxBytes = Math.min(ctx.settings.maxVerifyBytes, deps.maxVerifyBytes);
    const tooLarge = () => new ApiError(413, `The video is larger than ${formatBytes(maxBytes)}, the most this server checks.`, { param: 'file', code: 'file_too_large' });
    await mkdir(deps.workDir, { recursive: true });
    const tmp = join(deps.workDir, `app-verify-${randomBytes(8).toString('hex')}.upload`);
    try {
      let name: string | undefined;
      let received = false;
      try {
        for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024 } })) {
          if (part.type !== 'file') continue;
          if (part.fieldname !== 'file') {
            part.file.resume();
            throw new ApiError(400, `Unexpected file in '${part.fieldname}': send the video in 'file'.`, { param: part.fieldname, code: 'unknown_parameter' });
          }
          name = part.filename;
          await pipeline(part.file, createWriteStream(tmp));
          if (part.file.truncated) throw tooLarge();
          received = true;
        }
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw e;
      }
      if (!received) throw new ApiError(400, "Missing required file: 'file' (the video).", { param: 'file', code: 'missing_required_parameter' });
      try {
        return await verifyVideo(tmp, {
          anchorsPem: deps.trust.anchorsPem,
          watermarkKeys: [{ instance: deps.trust.instance, key: deps.trust.watermarkKey }],
          lookup: deps.lookupMark,
          maxBytes,
          name: name || undefined,
        });
      } catch (e) {
        if (e instanceof VerifyInputError) {
          if (e.problem === 'too_large') throw tooLarge();
          throw new ApiError(400, e.problem === 'not_a_video' || e.problem === 'empty' ? 'This file is not a video Klappe can read.' : `The video could not be read: ${e.message}.`, { param: 'file', code: 'invalid_file' });
        }
        throw e;
      }
    } finally {
      running--;
      await rm(tmp, { force: true });
    }
  });
}
