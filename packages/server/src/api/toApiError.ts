/** Any error thrown while handling a request → the ApiError to send (OpenAI shape). */
import { ApiError } from './ApiError.ts';

const FASTIFY: Record<string, (err: Error) => ApiError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new ApiError(413, 'The request body is too large.', { code: 'request_too_large' }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (e) => new ApiError(415, `Unsupported content type: ${/: (.*)$/.exec(e.message)?.[1] ?? 'unknown'}. Send application/json or multipart/form-data.`, { code: 'unsupported_media_type' }),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => new ApiError(415, 'Send application/json or multipart/form-data.', { code: 'unsupported_media_type' }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new ApiError(400, "The body is empty but the content type is 'application/json'.", { code: 'invalid_json' }),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new ApiError(400, 'The request body is not valid JSON.', { code: 'invalid_json' }),
  FST_INVALID_JSON_FIELD_ERROR: () => new ApiError(400, 'A multipart field declared as JSON is not valid JSON.', { code: 'invalid_json' }),
  FST_REQ_FILE_TOO_LARGE: () => new ApiError(413, 'The uploaded file is too large.', { param: 'input_reference', code: 'file_too_large' }),
  FST_FILES_LIMIT: () => new ApiError(413, 'Too many files: send one input_reference.', { param: 'input_reference', code: 'too_many_files' }),
  FST_FIELDS_LIMIT: () => new ApiError(413, 'Too many form fields.', { code: 'too_many_fields' }),
  FST_PARTS_LIMIT: () => new ApiError(413, 'Too many form parts.', { code: 'too_many_fields' }),
  FST_PROTO_VIOLATION: () => new ApiError(400, 'A form field name is not allowed.', { code: 'invalid_value' }),
  FST_MP_PREMATURE_CLOSE: () => new ApiError(400, 'The request ended before the form data was complete.', { code: 'invalid_body' }),
};

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as Error & { code?: string; statusCode?: number };
  const mapped = e.code ? FASTIFY[e.code] : undefined;
  if (mapped) return mapped(e);
  if (e instanceof SyntaxError && e.statusCode === 400) return new ApiError(400, 'The request body is not valid JSON.', { code: 'invalid_json' });
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError(e.statusCode === 406 ? 400 : e.statusCode, e.message, { code: 'invalid_request' });
  }
  return new ApiError(500, 'The server had an error while processing your request. The request id in the x-request-id header helps find it in the logs.', { code: 'internal_error' });
}
