/** The signed-in account of an app request (set by the session hook), or a 401. */
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../api/ApiError.ts';
import type { UserRow } from '../AppDatabase.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The account signed in with the session cookie; null when signed out (app routes only). */
    appUser: UserRow | null;
  }
}

export function requireUser(req: FastifyRequest): UserRow {
  if (!req.appUser) throw new ApiError(401, 'Sign in first.', { type: 'authentication_error', code: 'not_signed_in' });
  return req.appUser;
}

export function forbidden(message: string): ApiError {
  return new ApiError(403, message, { code: 'forbidden' });
}

export function notFound(what: 'post' | 'draft' | 'user' | 'comment' | 'key' | 'notification', id: string): ApiError {
  const label = { post: 'post', draft: 'draft', user: 'account', comment: 'comment', key: 'API key', notification: 'notification' }[what];
  const message = what === 'user' ? `No account named '${id}'.` : `No ${label} found with id '${id}'.`;
  return new ApiError(404, message, { param: what === 'user' ? 'username' : `${what}_id`, code: `${what}_not_found` });
}
