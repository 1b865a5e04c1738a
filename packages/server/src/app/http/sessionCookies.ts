/**
 * The app's cookies: `klappe_session` (httpOnly, SameSite=Lax) and the double-submit CSRF token
 * `klappe_csrf` (readable by the page's script, which echoes it in `x-csrf-token`).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import { ApiError } from '../../api/ApiError.ts';
import { SESSION_TTL_MS } from '../store/SessionStore.ts';

export const SESSION_COOKIE = 'klappe_session';
export const CSRF_COOKIE = 'klappe_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const CSRF_TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

export function isSecureRequest(req: FastifyRequest, setting: 'auto' | boolean): boolean {
  if (setting !== 'auto') return setting;
  return req.protocol === 'https';
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, secure: 'auto' | boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: Math.floor(SESSION_TTL_MS / 1000), secure: isSecureRequest(req, secure) });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply, secure: 'auto' | boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: isSecureRequest(req, secure) });
}

/** The request's CSRF token if it carries a well-formed one; else a new one, set as a cookie. */
export function ensureCsrfCookie(req: FastifyRequest, reply: FastifyReply, secure: 'auto' | boolean): string {
  const have = req.cookies[CSRF_COOKIE];
  if (have && CSRF_TOKEN.test(have)) return have;
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'lax', path: '/', secure: isSecureRequest(req, secure) });
  return token;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Non-GET requests must echo the CSRF cookie in the x-csrf-token header. */
export function checkCsrf(req: FastifyRequest): void {
  if (SAFE.has(req.method)) return;
  const cookie = req.cookies[CSRF_COOKIE];
  const header = req.headers[CSRF_HEADER];
  const sent = Array.isArray(header) ? header[0] : header;
  const ok = !!cookie && !!sent && CSRF_TOKEN.test(cookie) && cookie.length === sent.length && timingSafeEqual(Buffer.from(cookie), Buffer.from(sent));
  if (!ok) {
    throw new ApiError(403, `Missing or wrong CSRF token: send the '${CSRF_COOKIE}' cookie's value in the '${CSRF_HEADER}' header (GET /app/api/csrf sets the cookie).`, { code: 'csrf_failed' });
  }
}
