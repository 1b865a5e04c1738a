/** POST /verify: a video in, the trust layer's report out (501 while there is no verifier). */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../api/ApiError.ts';
import type { AppContext } from '../AppContext.ts';
import { readUpload } from '../http/readUpload.ts';

/** MP4/MOV files start with a box whose type is `ftyp` at byte 4. */
export function looksLikeMp4(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && Buffer.from(bytes.subarray(4, 8)).toString('latin1') === 'ftyp';
}

export function registerVerifyRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/verify', async (req) => {
    const verify = ctx.trust.verify;
    if (!verify) {
      // Drain the upload so the client sees the answer rather than a reset connection.
      if (req.isMultipart()) for await (const part of req.parts()) if (part.type === 'file') part.file.resume();
      throw new ApiError(501, 'Verifying videos is not available on this server yet: the trust layer has no verifier.', { code: 'verify_unavailable' });
    }
    const bytes = await readUpload(req, { field: 'file', maxBytes: ctx.settings.maxVerifyBytes, what: 'video' });
    if (!looksLikeMp4(bytes)) throw new ApiError(415, 'Send an MP4 video to verify.', { param: 'file', code: 'unsupported_media_type' });
    return verify(bytes);
  });
}
