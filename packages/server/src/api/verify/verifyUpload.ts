/**
 * Checks an uploaded video (multipart field `file`) with the trust layer's verifier: the upload
 * goes to a scratch file, within the size limit, and is removed afterwards. Bad uploads become
 * OpenAI-shape errors (400 invalid_file, 413 file_too_large). Used by POST /v1/verify and the
 * web app's Verify page.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { verifyVideo, VerifyInputError, type VerifyReport } from '@klappe/trust';
import { ApiError } from '../ApiError.ts';
import type { VerifyRouteDeps } from '../routes/verifyRoutes.ts';

const PROBLEM_MESSAGE = {
  empty: 'The uploaded file is empty.',
  not_a_video: 'The uploaded file is not a video.',
  truncated: 'The uploaded video is truncated or damaged',
  unreadable: 'The uploaded file could not be read',
  too_large: 'The uploaded file is too large',
} as const;

export async function verifyUpload(req: FastifyRequest, deps: VerifyRouteDeps, maxBytes: number, describeLimit: string): Promise<VerifyReport> {
  if (!req.isMultipart()) throw new ApiError(415, "Send the video as multipart/form-data in the 'file' field.", { param: 'file', code: 'unsupported_media_type' });
  const tooLarge = () => new ApiError(413, `The file is larger than ${describeLimit}, the most this server checks.`, { param: 'file', code: 'file_too_large' });
  await mkdir(deps.workDir, { recursive: true });
  const tmp = join(deps.workDir, `verify-${randomBytes(8).toString('hex')}.upload`);
  try {
    let name: string | undefined;
    let received = false;
    try {
      for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 8, parts: 9, fieldSize: 1024 } })) {
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
      const code = (e as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      if (code === 'FST_FILES_LIMIT') throw new ApiError(413, "Send one file, in 'file'.", { param: 'file', code: 'too_many_files' });
      throw e;
    }
    if (!received) throw new ApiError(400, "Missing required parameter: 'file' (the video, as a multipart file).", { param: 'file', code: 'missing_required_parameter' });
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
        const base = PROBLEM_MESSAGE[e.problem];
        throw new ApiError(400, e.problem === 'empty' || e.problem === 'not_a_video' ? base : `${base}: ${e.message}.`, { param: 'file', code: 'invalid_file' });
      }
      throw e;
    }
  } finally {
    await rm(tmp, { force: true });
  }
}
