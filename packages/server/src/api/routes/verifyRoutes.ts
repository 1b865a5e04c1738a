/**
 * POST /v1/verify: upload a video (multipart field `file`) and get the verifier's report — the
 * C2PA state, the invisible video and audio marks (resolved to the video they belong to) and a
 * one-line verdict. Uploads go to a scratch file that is removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type {} from '@fastify/multipart';
import { verifyVideo, VerifyInputError, type MarkLookup, type TrustKeys } from '@klappe/trust';
import { ApiError } from '../ApiError.ts';
import type { RouteDoc } from '../openapi/RouteDoc.ts';
import { errorSchema } from '../schemas.ts';

export interface VerifyRouteDeps {
  trust: TrustKeys;
  /** Mark id → the video it belongs to (the server's records). */
  lookupMark: MarkLookup;
  /** Where uploads wait while they are checked. */
  workDir: string;
  /** Largest upload in bytes (`KLAPPE_MAX_VERIFY_BYTES`). */
  maxVerifyBytes: number;
}

const err = (description: string) => ({ description, schema: errorSchema });

export const VERIFY_ROUTE_DOCS: RouteDoc[] = [
  {
    method: 'post',
    path: '/v1/verify',
    operationId: 'verifyVideo',
    summary: 'Check whether a video was made by Klappe, untampered (Klappe extension)',
    description:
      "Reports the C2PA state (trusted, valid-untrusted, invalid with failure codes, or absent), the invisible video and audio watermarks (with the video they identify, when and by whom it was made where public) and a one-line verdict. Send the file as multipart/form-data in 'file'.",
    tags: ['Trust'],
    body: { multipart: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The video (MP4, or any format ffmpeg reads for the watermarks)' } } }, required: true },
    responses: {
      '200': { description: 'The report: { verdict, outcome, file, c2pa, videoMark, audioMark }', content: { 'application/json': { schema: { type: 'object' } } } },
      '400': err("No 'file', or the file is empty, not a video or truncated (code invalid_file)"),
      '401': err('Missing or invalid API key'),
      '413': err('The file is larger than the limit (code file_too_large)'),
      '415': err('Not multipart/form-data'),
      '429': err('Rate limit: wait for retry-after seconds'),
    },
  },
];

const PROBLEM_MESSAGE = {
  empty: 'The uploaded file is empty.',
  not_a_video: 'The uploaded file is not a video.',
  truncated: 'The uploaded video is truncated or damaged',
  unreadable: 'The uploaded file could not be read',
  too_large: 'The uploaded file is too large',
} as const;

export function registerVerifyRoutes(app: FastifyInstance, deps: VerifyRouteDeps): void {
  app.post('/v1/verify', async (req) => {
    if (!req.isMultipart()) throw new ApiError(415, "Send the video as multipart/form-data in the 'file' field.", { code: 'unsupported_media_type' });
    await mkdir(deps.workDir, { recursive: true });
    const tmp = join(deps.workDir, `verify-${randomBytes(8).toString('hex')}.upload`);
    let name: string | undefined;
    let received = false;
    const tooLarge = () => new ApiError(413, `The file is larger than ${deps.maxVerifyBytes} bytes, the most this server checks.`, { param: 'file', code: 'file_too_large' });
    try {
      try {
        const parts = req.parts({ limits: { fileSize: deps.maxVerifyBytes, files: 1, fields: 8, parts: 9, fieldSize: 1024 } });
        for await (const part of parts) {
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
        return await verifyVideo(tmp, { anchorsPem: deps.trust.anchorsPem, watermarkKeys: [{ instance: deps.trust.instance, key: deps.trust.watermarkKey }], lookup: deps.lookupMark, maxBytes: deps.maxVerifyBytes, name: name || undefined });
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
  });
}
