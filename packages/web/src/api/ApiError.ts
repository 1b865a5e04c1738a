/** An error answered by the Klappe app API (`{"error": {message, type, param, code}}`), or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly param: string | null;
  readonly code: string | null;

  constructor(status: number, message: string, type = 'api_error', param: string | null = null, code: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
  }

  /** Build one from a response body that may or may not be the error shape. */
  static fromBody(status: number, body: unknown, fallback: string): ApiError {
    const err = (body as { error?: { message?: unknown; type?: unknown; param?: unknown; code?: unknown } } | null)?.error;
    if (err && typeof err.message === 'string') {
      return new ApiError(
        status,
        err.message,
        typeof err.type === 'string' ? err.type : 'api_error',
        typeof err.param === 'string' ? err.param : null,
        typeof err.code === 'string' ? err.code : null,
      );
    }
    return new ApiError(status, fallback);
  }
}

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}
