/**
 * Serve a stored file with Range support (206, 416, If-Range), an ETag (304 on If-None-Match)
 * and private caching: video content downloads on /v1 and the web app's media alike.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../ApiError.ts';
import { parseRange } from './parseRange.ts';
import type { BlobStore } from '../../blobs/BlobStore.ts';

export interface SendBlobOptions {
  /** Names this file in the ETag (with its size). */
  etagId: string;
  /** Default: private for five minutes, varying by cookie (media authorised per viewer). */
  cacheControl?: string;
  vary?: string;
  /** The error when the file is not there. */
  notFound?: ApiError;
}

export async function sendBlob(
  req: FastifyRequest,
  reply: FastifyReply,
  blobs: BlobStore,
  key: string,
  contentType: string,
  options: SendBlobOptions,
): Promise<FastifyReply> {
  const info = await blobs.stat(key);
  if (!info) throw options.notFound ?? new ApiError(404, 'This file is not there (it may have expired).', { code: 'content_not_found' });
  const etag = `"${options.etagId}-${info.size}"`;
  reply.header('content-type', contentType);
  reply.header('accept-ranges', 'bytes');
  reply.header('etag', etag);
  reply.header('last-modified', info.modifiedAt.toUTCString());
  // Authorised per caller: never cached by shared caches.
  reply.header('cache-control', options.cacheControl ?? 'private, max-age=300');
  const vary = options.vary ?? (options.cacheControl === undefined ? 'cookie' : undefined);
  if (vary) reply.header('vary', vary);
  if (req.headers['if-none-match'] === etag && !req.headers.range) return reply.status(304).send();
  const ifRange = req.headers['if-range'];
  const range = ifRange === undefined || ifRange === etag ? parseRange(req.headers.range, info.size) : undefined;
  if (range === 'unsatisfiable') {
    throw new ApiError(416, `Range ${req.headers.range} is outside the file (${info.size} bytes).`, { param: 'Range', code: 'range_not_satisfiable', headers: { 'content-range': `bytes */${info.size}` } });
  }
  if (range) {
    reply.status(206);
    reply.header('content-range', `bytes ${range.start}-${range.end}/${info.size}`);
    reply.header('content-length', String(range.end - range.start + 1));
    return reply.send(blobs.createReadStream(key, range));
  }
  reply.header('content-length', String(info.size));
  return reply.send(blobs.createReadStream(key));
}
