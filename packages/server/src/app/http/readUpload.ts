/**
 * One uploaded file from a multipart request, size-limited while it streams in. Other parts
 * are refused; the file's type is decided later by its bytes.
 */
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { ApiError } from '../../api/ApiError.ts';

export async function readUpload(req: FastifyRequest, opts: { field: string; maxBytes: number; what: string }): Promise<Buffer> {
  if (!req.isMultipart()) {
    throw new ApiError(415, `Send the ${opts.what} as multipart/form-data in a field named '${opts.field}'.`, { param: opts.field, code: 'unsupported_media_type' });
  }
  let file: Buffer | undefined;
  const parts = req.parts({ limits: { fileSize: opts.maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024 } });
  try {
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== opts.field) {
        part.file.resume();
        throw new ApiError(400, `Unexpected file in '${part.fieldname}'; send it as '${opts.field}'.`, { param: part.fieldname, code: 'unknown_parameter' });
      }
      file = await part.toBuffer();
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ApiError(413, `The ${opts.what} is larger than ${formatBytes(opts.maxBytes)}.`, { param: opts.field, code: 'file_too_large' });
    }
    throw err;
  }
  if (!file || file.length === 0) throw new ApiError(400, `Missing required file: '${opts.field}'.`, { param: opts.field, code: 'missing_required_parameter' });
  return file;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
