/**
 * The fields of a create or remix request, whether it came as JSON or as multipart form data
 * (what the openai SDK sends). Multipart values are strings; `input_reference` may be a file
 * or `input_reference[image_url]`; `plan` may be a JSON string or a JSON part.
 */
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { ApiError, invalidValue } from '../ApiError.ts';
import { checkImage, type InputReference } from './readInputReference.ts';

export interface RequestFields {
  fields: Record<string, unknown>;
  /** The uploaded input_reference file, checked. */
  upload?: InputReference;
}

const NESTED = /^([a-z_]+)\[([a-z_]+)\]$/;

export async function readRequestFields(req: FastifyRequest, opts: { maxUploadBytes: number; maxFieldBytes: number; fileField?: string }): Promise<RequestFields> {
  if (!req.isMultipart()) {
    const body = req.body;
    if (body === undefined || body === null) return { fields: {} };
    if (typeof body !== 'object' || Array.isArray(body)) throw invalidValue('body', 'The request body must be a JSON object.', 'invalid_json');
    return { fields: body as Record<string, unknown> };
  }
  const fields: Record<string, unknown> = {};
  let upload: InputReference | undefined;
  const parts = req.parts({ limits: { fileSize: opts.maxUploadBytes, files: 1, fields: 32, parts: 40, fieldSize: opts.maxFieldBytes } });
  for await (const part of parts) {
    if (part.type === 'file') {
      if (part.fieldname !== opts.fileField) {
        part.file.resume();
        throw new ApiError(400, `Unexpected file in '${part.fieldname}'.`, { param: part.fieldname, code: opts.fileField ? 'unknown_parameter' : 'unexpected_file' });
      }
      upload = checkImage(await part.toBuffer(), opts.maxUploadBytes, part.fieldname);
      continue;
    }
    if (part.valueTruncated) {
      throw new ApiError(413, `The '${part.fieldname}' field is larger than ${opts.maxFieldBytes} bytes.`, { param: part.fieldname, code: 'request_too_large' });
    }
    const nested = NESTED.exec(part.fieldname);
    if (nested) {
      const [, outer, inner] = nested as unknown as [string, string, string];
      const obj = (fields[outer] ??= {}) as Record<string, unknown>;
      if (typeof obj !== 'object' || inner in obj) throw duplicate(part.fieldname);
      obj[inner] = part.value;
      continue;
    }
    if (part.fieldname in fields) throw duplicate(part.fieldname);
    let value = part.value;
    if (part.fieldname === 'plan' && typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch (err) {
        throw invalidValue('plan', `The 'plan' field is not valid JSON (${(err as Error).message}).`, 'invalid_json');
      }
    }
    fields[part.fieldname] = value;
  }
  return { fields, ...(upload ? { upload } : {}) };
}

function duplicate(name: string): ApiError {
  return invalidValue(name, `The '${name}' field is given more than once.`, 'duplicate_parameter');
}
