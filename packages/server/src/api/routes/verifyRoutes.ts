/**
 * POST /v1/verify: upload a video (multipart field `file`) and get the verifier's report — the
 * C2PA state, the invisible video and audio marks (resolved to the video they belong to) and a
 * one-line verdict. Uploads go to a scratch file that is removed afterwards.
 */
import type { FastifyInstance } from 'fastify';
import type { MarkLookup, TrustKeys } from '@klappe/trust';
import { verifyUpload } from '../verify/verifyUpload.ts';
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

export function registerVerifyRoutes(app: FastifyInstance, deps: VerifyRouteDeps): void {
  app.post('/v1/verify', (req) => verifyUpload(req, deps, deps.maxVerifyBytes, `${deps.maxVerifyBytes} bytes`));
}
