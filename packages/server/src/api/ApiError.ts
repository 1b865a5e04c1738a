/**
 * Errors in the OpenAI shape — `{"error": {"message", "type", "param", "code"}}` — with the
 * HTTP status to send. Every error the API returns goes through here.
 */
import type { ZodError } from 'zod';

export type ErrorType = 'invalid_request_error' | 'authentication_error' | 'rate_limit_error' | 'server_error';

export interface ErrorBody {
  error: { message: string; type: ErrorType; param: string | null; code: string | null };
}

export class ApiError extends Error {
  override name = 'ApiError';
  readonly type: ErrorType;
  readonly param: string | null;
  readonly code: string | null;
  readonly headers: Record<string, string>;

  constructor(
    readonly status: number,
    message: string,
    opts: { type?: ErrorType; param?: string | null; code?: string | null; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.type = opts.type ?? (status === 401 ? 'authentication_error' : status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error');
    this.param = opts.param ?? null;
    this.code = opts.code ?? null;
    this.headers = opts.headers ?? {};
  }

  toBody(): ErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

/** 400: a parameter has a value we cannot use. */
export function invalidValue(param: string, message: string, code = 'invalid_value'): ApiError {
  return new ApiError(400, message, { param, code });
}

export function missingParameter(param: string): ApiError {
  return new ApiError(400, `Missing required parameter: '${param}'.`, { param, code: 'missing_required_parameter' });
}

export function videoNotFound(id: string): ApiError {
  return new ApiError(404, `No video found with id '${id}'.`, { param: 'video_id', code: 'video_not_found' });
}

/** 429 with the time to wait, in the headers the SDK honours. */
export function tooManyRequests(message: string, code: string, retryAfterMs: number): ApiError {
  const ms = Math.max(1, Math.ceil(retryAfterMs));
  return new ApiError(429, message, {
    code,
    headers: { 'retry-after': String(Math.max(1, Math.ceil(ms / 1000))), 'retry-after-ms': String(ms) },
  });
}

/** The first problem zod found, as a 400 naming the parameter (`prefix` for nested bodies). */
export function fromZodError(err: ZodError, prefix = ''): ApiError {
  const issue = err.issues[0]!;
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = [path, issue.keys[0]].filter(Boolean).join('.');
    return new ApiError(400, `Unknown parameter: '${key}'.`, { param: key, code: 'unknown_parameter' });
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return missingParameter(path);
  return invalidValue(path || 'body', `Invalid '${path || 'body'}': ${issue.message}`);
}
