/** Serve a stored file with Range support (206, 416, If-Range) and private caching. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../../api/ApiError.ts';
import { parseRange } from '../../api/content/parseRange.ts';
import type { BlobStore } from '../../blobs/BlobStore.ts';

export async function sendBlob(req: FastifyRequest, reply: FastifyReply, blobs: BlobStore, key: string, contentType: string, etagId: string): Promise<FastifyReply> {
  const info = await blobs.stat(key);
  if (!info) throw new ApiError(404, 'This file is not there (it may have expired).', { code: 'content_not_found' });
  const etag = `"${etagId}-${info.size}"`;
  reply.header('content-type', contentType);
  reply.header('accept-ranges', 'bytes');
  reply.header('etag', etag);
  reply.header('last-modified', info.modifiedAt.toUTCString());
  // Authorised per viewer: never cached by shared caches.
  reply.header('cache-control', 'private, max-age=300');
  reply.header('vary', 'cookie');
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
